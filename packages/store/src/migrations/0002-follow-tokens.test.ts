import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import { openDatabase } from '../open-database.ts';
import { useTempDir } from '../test-support.ts';
import { initial } from './0001-initial.ts';
import { followTokens } from './0002-follow-tokens.ts';

describe('migration 0002-follow-tokens', () => {
  const temp = useTempDir();

  it('adds a token per ticket: unique, tied to an existing ticket, gone with it', () => {
    const db = temp.track(openDatabase(temp.path()));
    migrate(db, [initial, followTokens]);
    db.prepare(
      `INSERT INTO tickets (id, day, letter, number, errand_id, status, drawn_at, queued_at, calls)
       VALUES ('t1', '2026-11-26', 'A', 1, 'ausweis', 'waiting', 1, 1, 0)`,
    ).run();
    const insert = db.prepare('INSERT INTO follow_tokens (token, ticket_id, created_at) VALUES (?, ?, 1)');
    insert.run('tok-1', 't1');
    expect(() => insert.run('tok-2', 't1')).toThrow(/UNIQUE/);
    expect(() => insert.run('tok-1', 't1')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('tok-3', 'nope')).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM tickets WHERE id = 't1'").run();
    expect(db.prepare('SELECT COUNT(*) FROM follow_tokens').pluck().get()).toBe(0);
  });
});
