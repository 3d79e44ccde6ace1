import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

// /healthz is what a service manager or a monitor trusts: "ready" must mean that the next number
// can be stored, not merely that the process answers.

let office: TestHub | undefined;
const cleanups: (() => void)[] = [];
afterEach(async () => {
  await office?.stop();
  office = undefined;
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

async function health(): Promise<{ status: number; body: { status: string; database: string } }> {
  const response = await fetch(`${office?.url}/healthz`);
  return { status: response.status, body: (await response.json()) as { status: string; database: string } };
}

/** A small RAM file system to fill up, where this machine lets us mount one (root with CAP_SYS_ADMIN). */
function tinyDisk(): string | undefined {
  const mountpoint = mkdtempSync(join(tmpdir(), 'aufruf-tiny-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountpoint], { stdio: 'ignore' });
  } catch {
    rmSync(mountpoint, { recursive: true, force: true });
    return undefined;
  }
  afterAll(() => {
    execFileSync('umount', [mountpoint]);
    rmSync(mountpoint, { recursive: true, force: true });
  });
  return mountpoint;
}

/** Writes zeros into `file` until the disk is full. */
function fill(file: string): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

describe('/healthz', () => {
  it('is not ready while another program holds the write lock, and ready again after', async () => {
    office = await startTestHub();
    expect((await health()).status).toBe(200);
    const other = new Database(join(office.dataDir, 'aufruf.sqlite'));
    cleanups.push(() => other.close());
    other.exec('BEGIN IMMEDIATE');
    expect(await health()).toMatchObject({ status: 503, body: { status: 'not-ready', database: 'error' } });
    other.exec('ROLLBACK');
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ready', database: 'ok' } });
  });

  // Without a file system of its own to fill, the store's unit test (max_page_count) covers "full" on a
  // developer's machine; CI (.ci/run sets CI=1, and runs as root) must run this one.
  const disk = tinyDisk();
  if (disk === undefined && process.env.CI) throw new Error('CI must be able to mount a tmpfs for this test');
  it.skipIf(disk === undefined)(
    'is not ready on a full disk, and ready and drawing again once there is room',
    { timeout: 30_000 },
    async () => {
      const dataDir = join(disk ?? '', 'data');
      mkdirSync(dataDir);
      office = await startTestHub({ dataDir });
      expect((await health()).status).toBe(200);
      const filler = join(disk ?? '', 'filler');
      fill(filler);
      expect(await health()).toMatchObject({ status: 503, body: { status: 'not-ready' } });
      rmSync(filler);
      expect((await health()).status).toBe(200);
      const kiosk = await connect(office.url, { demo: 'kiosk' });
      cleanups.push(() => kiosk.close());
      const drawn = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId: 'ausweis' });
      expect(drawn.ok).toBe(true);
    },
  );
});
