import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import { openDatabase } from '../open-database.ts';
import { useTempDir } from '../test-support.ts';
import { migrations } from './index.ts';

describe('migration 0007-staffing', () => {
  const temp = useTempDir();

  it('signs nobody in and gives a place paused before pauses had a length a quarter of an hour', () => {
    const db = temp.track(openDatabase(temp.path()));
    migrate(db, migrations.slice(0, 6));
    const insert = db.prepare(
      "INSERT INTO places (id, errand_ids, paused, ticket_id) VALUES (?, '[]', ?, NULL)",
    );
    insert.run('p1', 0);
    insert.run('p2', 1);
    const before = Date.now();
    migrate(db, migrations);
    const rows = db.prepare('SELECT id, staffed, back_at FROM places ORDER BY id').all() as {
      id: string;
      staffed: number;
      back_at: number | null;
    }[];
    expect(rows[0]).toEqual({ id: 'p1', staffed: 0, back_at: null });
    expect(rows[1]?.staffed).toBe(0);
    expect(rows[1]?.back_at).toBeGreaterThanOrEqual(before + 15 * 60_000 - 1000);
    expect(rows[1]?.back_at).toBeLessThanOrEqual(Date.now() + 15 * 60_000 + 1000);
    expect(() => db.prepare("UPDATE places SET staffed = 2 WHERE id = 'p1'").run()).toThrow(/CHECK/);
  });
});
