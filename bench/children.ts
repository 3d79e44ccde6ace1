import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseReadyLine } from './child-protocol.ts';
import type { ReadyLine } from './child-protocol.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** A child process of the bench that has printed its ready line. */
export interface RunningChild {
  readonly pid: number;
  readonly ready: ReadyLine;
  /** performance.now() of the bench just before spawn and when the ready line arrived. */
  readonly spawnedAt: number;
  readonly readyAt: number;
  /** SIGTERM, then SIGKILL if it has not gone after a few seconds. */
  stop(): Promise<void>;
}

export type ChildScript = 'hub-process.ts' | 'bare-broadcast-process.ts';

const running = new Set<RunningChild>();

/**
 * The node flags production runs the hub with, read from package.json's start:hub ("node <flags>
 * apps/hub/dist/main.mjs") so the two cannot differ; the bare floor gets them too.
 */
function productionNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = (pkg.scripts['start:hub'] ?? '').split(/\s+/);
  if (words[0] !== 'node') throw new Error('package.json start:hub does not start with node');
  return words.slice(1).filter((word) => word.startsWith('--'));
}

/**
 * Starts a bench child with plain node, from its bundle (scripts/build-bench.ts, run by `npm run bench`)
 * like the production hub, and waits until it listens.
 */
export function startChild(
  script: ChildScript,
  env: Readonly<Record<string, string>> = {},
  timeoutMs = 60_000,
): Promise<RunningChild> {
  const spawnedAt = performance.now();
  const bundle = join('bench', 'build', 'children', script.replace(/\.ts$/, '.mjs'));
  // BENCH_CHILD_FLAGS adds node flags for a look inside (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
  const extra = (process.env.BENCH_CHILD_FLAGS ?? '').split(/\s+/).filter((flag) => flag !== '');
  const child = spawn(process.execPath, [...productionNodeFlags(), ...extra, bundle], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    // stdin stays open: the child exits when it closes, so a crashed bench leaves no server behind.
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  return new Promise((resolve, reject) => {
    let ready: RunningChild | undefined;
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${script} did not report ready within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (ready) running.delete(ready);
      else reject(new Error(`${script} exited before it was ready (code ${code}, signal ${signal})`));
    });
    createInterface({ input: child.stdout }).on('line', (text) => {
      const line = ready ? undefined : parseReadyLine(text);
      if (!line) return void process.stderr.write(`[${script}] ${text}\n`);
      clearTimeout(timer);
      ready = { pid: child.pid ?? line.pid, ready: line, spawnedAt, readyAt: performance.now(), stop };
      running.add(ready);
      resolve(ready);
    });
  });
}

/** Stops every child still running (after a crash of the bench). */
export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map((child) => child.stop()));
}
