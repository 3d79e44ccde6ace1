import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkBackupFile, checkBackupFileOffThread } from './backup-check.ts';
import { damage, officeDatabase, useTempDirs } from './backup-test-support.ts';

const temp = useTempDirs();

/** Both ways of checking, which must agree on every file. */
async function bothChecks(file: string, expected?: Parameters<typeof checkBackupFile>[1]) {
  const here = checkBackupFile(file, expected);
  expect(await checkBackupFileOffThread(file, expected)).toStrictEqual(here);
  return here;
}

describe('checking a backup file', () => {
  it('finds an Aufruf database whole and counts its tickets, events and commands', async () => {
    const file = join(temp(), 'backup.sqlite');
    officeDatabase(file, 7);
    const result = await bothChecks(file, { tickets: 7, events: 7, commands: 7 });
    expect(result).toMatchObject({ ok: true, counts: { tickets: 7, events: 7, commands: 7 } });
    expect(result.ok && result.schemaVersion).toBeGreaterThanOrEqual(8);
    expect(result.ok && result.lastEventAt).toBeGreaterThan(Date.UTC(2026, 10, 26));
  });

  it('reports a copy that lacks rows of its source', async () => {
    const file = join(temp(), 'backup.sqlite');
    officeDatabase(file, 3);
    expect(await bothChecks(file, { tickets: 4, events: 3, commands: 3 })).toMatchObject({
      ok: false,
      failure: 'counts-differ',
      detail: 'tickets: 3 in the copy, 4 in the source',
    });
  });

  it('reports a damaged file as damaged', async () => {
    const file = join(temp(), 'backup.sqlite');
    officeDatabase(file, 200);
    damage(file);
    expect(await bothChecks(file)).toMatchObject({ ok: false, failure: 'damaged' });
  });

  it('tells a file that is no database, and a database that is not Aufruf’s', async () => {
    const dir = temp();
    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'Dies ist keine Datenbank. '.repeat(400));
    expect(await bothChecks(text)).toMatchObject({ ok: false, failure: 'unreadable' });
    expect(await bothChecks(join(dir, 'absent.sqlite'))).toMatchObject({ ok: false, failure: 'unreadable' });

    const foreign = join(dir, 'foreign.sqlite');
    const db = new Database(foreign);
    db.exec('CREATE TABLE tickets (id TEXT)');
    db.close();
    expect(await bothChecks(foreign)).toMatchObject({
      ok: false,
      failure: 'not-aufruf',
      detail: 'no table schema_migrations, events, commands',
    });
  });
});
