import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openStore } from '@aufruf/store';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, rid, startTestHub } from '../support/test-hub.ts';

const run = promisify(execFile);
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('npm run backup', () => {
  it('copies a running hub’s database into a file that opens with the same queue', async () => {
    const office = await startTestHub();
    const kiosk = await connect(office.url);
    for (const errandId of ['ausweis', 'melde', 'gewerbe']) {
      await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId });
    }
    const out = join(mkdtempSync(join(tmpdir(), 'aufruf-backup-out-')), 'copy.sqlite');
    dirs.push(join(out, '..'));
    const { stdout } = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/backup.ts',
      '--data-dir',
      office.dataDir,
      '--out',
      out,
    ]);
    expect(stdout).toContain(`Backup written to ${out}`);
    expect(stdout).toContain('Checked: integrity ok, 3 tickets');
    const copy = openStore({ file: out });
    expect(copy.seq).toBe(office.store.seq);
    expect(
      copy.loadState({
        timeZone: 'Europe/Berlin',
        errands: office.config.errands,
        places: office.config.places,
      }).state.tickets.size,
    ).toBe(3);
    copy.close();
    kiosk.close();
    await office.stop();
  });

  it('says where it looked when there is no database', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'aufruf-backup-empty-'));
    dirs.push(empty);
    const failed = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/backup.ts',
      '--data-dir',
      empty,
    ]).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringContaining('No database at') as unknown });
  });
});
