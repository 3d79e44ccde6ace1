import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, startHubProcess } from '../support/hub-process.ts';
import type { HubProcess } from '../support/hub-process.ts';

// The real hub with `backup.mirror` in its config file: its first backup at start lands in the data
// folder and on the mirror, each checked; a mirror that is not mounted costs the local backup nothing.

let hub: HubProcess | undefined;
let root = '';
afterEach(async () => {
  hub?.child.kill('SIGTERM');
  await hub?.exited;
  hub = undefined;
  rmSync(root, { recursive: true, force: true });
});

/** Polls until `check` holds (the hub backs up right after it starts, in the background). */
async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const dailyBackups = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((name) => /^aufruf-\d{4}-\d{2}-\d{2}\.sqlite$/.test(name)) : [];

const integrity = (file: string): unknown => {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
};

/** Starts the hub with a config file naming `mirror`, its log on stdout. */
async function hubWithMirror(mirror: string): Promise<{ dataDir: string }> {
  root = mkdtempSync(join(tmpdir(), 'aufruf-mirror-'));
  const dataDir = join(root, 'data');
  const config = join(root, 'aufruf.yaml');
  writeFileSync(config, `backup:\n  keep: 3\n  mirror: ${JSON.stringify(mirror)}\n`);
  hub = await startHubProcess({
    port: await freePort(),
    dataDir,
    env: { AUFRUF_CONFIG: config, AUFRUF_LOG: 'stdout', LOG_LEVEL: 'info' },
  });
  return { dataDir };
}

describe('a second backup target', () => {
  it('gets a checked copy of the daily backup', { timeout: 60_000 }, async () => {
    const mirror = mkdtempSync(join(tmpdir(), 'aufruf-nas-'));
    try {
      const { dataDir } = await hubWithMirror(mirror);
      const copies = join(mirror, 'aufruf-backups');
      await until(() => dailyBackups(copies).length === 1, 'the mirror copy');
      const [name] = dailyBackups(copies);
      expect(dailyBackups(join(dataDir, 'backups'))).toEqual([name]);
      expect(integrity(join(copies, name ?? ''))).toBe('ok');
      await until(
        () => hub?.stdout().includes('backup copied to the mirror and checked') ?? false,
        'the log',
      );
      // Monitoring sees both copies: when each was last written and checked.
      const secret = /Admin-Schlüssel\s+(\S+)/.exec(hub?.stderr() ?? '')?.[1] ?? '';
      const metrics = await fetch(`${hub?.url}/metrics`, { headers: { authorization: `Bearer ${secret}` } });
      const text = await metrics.text();
      const stamp = (name: string): number => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1]);
      const now = Date.now() / 1000;
      expect(now - stamp('aufruf_backup_last_success_timestamp_seconds')).toBeLessThan(60);
      expect(now - stamp('aufruf_backup_mirror_last_success_timestamp_seconds')).toBeLessThan(60);
      expect(text).toContain('aufruf_backup_last_ok{target="mirror"} 1');
    } finally {
      rmSync(mirror, { recursive: true, force: true });
    }
  });

  it(
    'that is not mounted is logged as an error; the local backup is written all the same',
    { timeout: 60_000 },
    async () => {
      const mountPoint = join(tmpdir(), `aufruf-unmounted-${process.pid}`, 'usb');
      const { dataDir } = await hubWithMirror(mountPoint);
      await until(() => hub?.stdout().includes('backup mirror failed') ?? false, 'the error');
      const line =
        hub
          ?.stdout()
          .split('\n')
          .find((l) => l.includes('backup mirror failed')) ?? '';
      expect(JSON.parse(line)).toMatchObject({
        level: 50,
        error: `the mirror ${mountPoint} is not there (not mounted?)`,
      });
      expect(dailyBackups(join(dataDir, 'backups'))).toHaveLength(1);
      expect(existsSync(mountPoint)).toBe(false);
      // The hub serves on.
      expect((await fetch(`${hub?.url}/healthz`)).status).toBe(200);
    },
  );
});
