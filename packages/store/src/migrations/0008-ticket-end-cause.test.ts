import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import { openDatabase } from '../open-database.ts';
import { useTempDir } from '../test-support.ts';
import { migrations } from './index.ts';

describe('migration 0008-ticket-end-cause', () => {
  const temp = useTempDir();

  it('gives every ticket an empty end cause and accepts only the known ones', () => {
    const db = temp.track(openDatabase(temp.path()));
    migrate(db, migrations.slice(0, 7));
    db.prepare(
      `INSERT INTO tickets (id, day, letter, number, errand_id, status, drawn_at, queued_at, calls)
       VALUES ('old', '2026-11-26', 'A', 1, 'ausweis', 'expired', 1, 1, 0)`,
    ).run();
    migrate(db, migrations);
    expect(db.prepare("SELECT end_cause FROM tickets WHERE id = 'old'").pluck().get()).toBeNull();
    expect(() => db.prepare("UPDATE tickets SET end_cause = 'lost' WHERE id = 'old'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE tickets SET end_cause = 'day-closed' WHERE id = 'old'").run();
  });
});
