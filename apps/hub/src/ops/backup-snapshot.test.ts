import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkBackupFile } from './backup-check.ts';
import { writeSnapshot } from './backup-snapshot.ts';
import { addTickets, officeDatabase, useTempDirs } from './backup-test-support.ts';

const temp = useTempDirs();

describe('the snapshot a backup is made of', () => {
  it('holds exactly the rows it counted while the hub keeps writing, as one self-contained file', async () => {
    const dir = temp();
    const source = join(dir, 'aufruf.sqlite');
    officeDatabase(source, 3000);
    // The hub's connection, drawing tickets between the backup's steps.
    const hub = new Database(source);
    hub.pragma('journal_mode = WAL');
    let drawnMeanwhile = 0;
    const writing = setInterval(() => {
      addTickets(hub, 20);
      drawnMeanwhile += 20;
    }, 0);
    const target = join(dir, 'copy.sqlite');
    let counts;
    try {
      counts = await writeSnapshot(source, target);
    } finally {
      clearInterval(writing);
    }
    const now = hub.prepare<[], number>('SELECT COUNT(*) FROM tickets').pluck().get();
    hub.close();

    expect(drawnMeanwhile, 'the hub wrote during the backup').toBeGreaterThan(0);
    // Counted at the start, and that is what the copy holds, not what the hub has now.
    expect(counts.tickets).toBe(3000);
    expect(now).toBe(3000 + drawnMeanwhile);
    expect(checkBackupFile(target, counts)).toMatchObject({ ok: true, counts });
    expect(readdirSync(dir).filter((name) => name.startsWith('copy'))).toEqual(['copy.sqlite']);
    expect(existsSync(`${target}-wal`)).toBe(false);
  });
});
