import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import { openDatabase } from '../open-database.ts';
import { useTempDir } from '../test-support.ts';
import { migrations } from './index.ts';

describe('migration 0006-lean-writes', () => {
  const temp = useTempDir();

  const before = () => {
    const db = temp.track(openDatabase(temp.path()));
    migrate(db, migrations.slice(0, 5));
    db.exec(`
      INSERT INTO commands (id, request_id, name, at, reply) VALUES (7, 'r1', 'ticket:draw', 1, '{}');
      INSERT INTO tickets (id, day, letter, number, errand_id, status, drawn_at, queued_at, calls)
        VALUES ('t1', '2026-11-26', 'A', 1, 'ausweis', 'waiting', 1, 1, 0);
      INSERT INTO events (at, type, day, data, command_id) VALUES (1, 'DayStarted', '2026-11-26', '{}', 7);
      INSERT INTO events (at, type, ticket_id, day, data, command_id)
        VALUES (1, 'TicketDrawn', 't1', '2026-11-26', '{}', 7);
      INSERT INTO events (at, type, data, command_id) VALUES (2, 'TicketCalled', '{}', 7);
      INSERT INTO follow_tokens (token, ticket_id, created_at) VALUES ('tok-1', 't1', 1);
    `);
    return db;
  };
  const indexes = (db: ReturnType<typeof before>, table: string) =>
    db
      .prepare<[string], string>("SELECT name FROM pragma_index_list(?) WHERE origin = 'c'")
      .pluck()
      .all(table);

  it('keeps every event with its seq and goes on after the newest one', () => {
    const db = before();
    migrate(db, migrations);
    expect(db.prepare('SELECT seq, type, command_id FROM events ORDER BY seq').all()).toEqual([
      { seq: 1, type: 'DayStarted', command_id: 7 },
      { seq: 2, type: 'TicketDrawn', command_id: 7 },
      { seq: 3, type: 'TicketCalled', command_id: 7 },
    ]);
    const next = db.prepare(
      "INSERT INTO events (at, type, data, command_id) VALUES (3, 'TicketServed', '{}', 7)",
    );
    expect(next.run().lastInsertRowid).toBe(4);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_sequence WHERE name = 'events'").pluck().get()).toBe(0);
  });

  it('indexes only the day starts among the events', () => {
    const db = before();
    migrate(db, migrations);
    expect(indexes(db, 'events')).toEqual(['events_day_started']);
    // The queries that use it are checked on a year of data in load-state.test.ts.
  });

  it('keeps follow tokens unique per ticket and gone with their ticket, without a rowid', () => {
    const db = before();
    migrate(db, migrations);
    expect(db.prepare("SELECT ticket_id FROM follow_tokens WHERE token = 'tok-1'").pluck().get()).toBe('t1');
    const sql = db
      .prepare<[], string>("SELECT sql FROM sqlite_schema WHERE name = 'follow_tokens'")
      .pluck()
      .get();
    expect(sql).toMatch(/WITHOUT ROWID/);
    const insert = db.prepare('INSERT INTO follow_tokens (token, ticket_id, created_at) VALUES (?, ?, 1)');
    expect(() => insert.run('tok-2', 't1')).toThrow(/UNIQUE/);
    expect(() => insert.run('tok-1', 't1')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('tok-3', 'nope')).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM events WHERE ticket_id = 't1'").run();
    db.prepare("DELETE FROM tickets WHERE id = 't1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM follow_tokens').pluck().get()).toBe(0);
  });
});
