import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import { openDatabase } from '../open-database.ts';
import { useTempDir } from '../test-support.ts';
import { initial } from './0001-initial.ts';

const ticket = {
  id: 't1',
  day: '2025-03-10',
  letter: 'A',
  number: 1,
  errand_id: 'passport',
  status: 'waiting',
  drawn_at: 1,
  queued_at: 1,
  calls: 0,
};
const INSERT_TICKET = `INSERT INTO tickets (id, day, letter, number, errand_id, status, drawn_at, queued_at, calls)
  VALUES (@id, @day, @letter, @number, @errand_id, @status, @drawn_at, @queued_at, @calls)`;

describe('migration 0001-initial', () => {
  const temp = useTempDir();
  const fresh = () => {
    const db = temp.track(openDatabase(temp.path()));
    migrate(db, [initial]);
    return db;
  };

  it('creates the tables with the columns the store writes', () => {
    const db = fresh();
    const columns = (table: string) =>
      db.prepare<[string], string>('SELECT name FROM pragma_table_info(?)').pluck().all(table);
    expect(columns('tickets')).toEqual([
      'id',
      'day',
      'letter',
      'number',
      'errand_id',
      'status',
      'drawn_at',
      'queued_at',
      'place_id',
      'target_place_id',
      'first_called_at',
      'called_at',
      'finished_at',
      'calls',
    ]);
    expect(columns('events')).toEqual([
      'seq',
      'at',
      'type',
      'ticket_id',
      'place_id',
      'day',
      'data',
      'command_id',
    ]);
    expect(columns('commands')).toEqual(['id', 'request_id', 'name', 'at', 'reply']);
    expect(columns('places')).toEqual(['id', 'errand_ids', 'paused', 'ticket_id']);
    expect(columns('office_state')).toEqual(['key', 'value']);
  });

  it('never allows the same number twice on one day, but again on the next', () => {
    const db = fresh();
    const insert = db.prepare(INSERT_TICKET);
    insert.run(ticket);
    expect(() => insert.run({ ...ticket, id: 't2' })).toThrow(/UNIQUE constraint failed/);
    expect(() => insert.run({ ...ticket, id: 't3', day: '2025-03-11' })).not.toThrow();
  });

  it('rejects an unknown status and a number that is not one', () => {
    const db = fresh();
    const insert = db.prepare(INSERT_TICKET);
    expect(() => insert.run({ ...ticket, status: 'lost' })).toThrow(/CHECK constraint failed/);
    expect(() => insert.run({ ...ticket, number: 'eins' })).toThrow(/cannot store TEXT value in INTEGER/);
  });

  it('keeps events tied to an existing command', () => {
    const db = fresh();
    expect(() =>
      db.prepare("INSERT INTO events (at, type, data, command_id) VALUES (1, 'DayStarted', '{}', 99)").run(),
    ).toThrow(/FOREIGN KEY constraint failed/);
  });
});
