// The hub under test, in its own process: its own event loop and its own RSS.
// Env: BENCH_DATA_DIR (else a temp dir, removed on exit), BENCH_CONFIG (JSON config, else the default office).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHub, parseConfig } from '@aufruf/hub';
import { openStore } from '@aufruf/store';
import { announceReady } from './child-protocol.ts';

// Imports are evaluated before this line: the time since process start is node + the bundle's modules.
const bootMs = performance.now();

const ownDir = process.env.BENCH_DATA_DIR === undefined;
const dataDir = process.env.BENCH_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'aufruf-bench-hub-'));
const config = parseConfig(JSON.parse(process.env.BENCH_CONFIG ?? '{}') as unknown, 'BENCH_CONFIG');

const t0 = performance.now();
const store = openStore({ file: join(dataDir, 'aufruf.sqlite') });
const t1 = performance.now();
const hub = createHub({
  config,
  store,
  demo: true,
  // The bench runs the bundle from bench/build/children, started in the repository's root.
  appsDir: join(process.cwd(), 'apps'),
  // The bench draws hundreds of tickets a second from one kiosk and opens 500 follow pages from one address.
  limits: { drawsPerMinute: 1e9, followPerMinute: 1e9 },
});
const t2 = performance.now();
const { url } = await hub.listen(0, '127.0.0.1');
const t3 = performance.now();

announceReady({
  url,
  pid: process.pid,
  timings: { bootMs, openStoreMs: t1 - t0, createHubMs: t2 - t1, listenMs: t3 - t2 },
});

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await hub.close();
  store.close();
  if (ownDir) rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
// The bench holds our stdin open; when it goes away (even by crashing) so do we.
process.stdin.on('end', () => void stop());
process.stdin.resume();
