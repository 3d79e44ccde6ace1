import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from './migrate.ts';
import { migrations } from './migrations/index.ts';
import type { Migration } from './migrations/index.ts';
import { openDatabase } from './open-database.ts';
import { useTempDir } from './test-support.ts';

const tables = (db: Database): string[] =>
  db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();

describe('migrate', () => {
  const temp = useTempDir();

  it('gives a new database the newest version and its tables', () => {
    const db = temp.track(openDatabase(temp.path()));
    expect(migrate(db)).toBe(migrations.length);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'commands',
        'events',
        'follow_tokens',
        'office_state',
        'places',
        'schema_migrations',
        'tickets',
      ]),
    );
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual(
      migrations.map(({ version, name }) => ({ version, name })),
    );
  });

  it('does not run a migration again when the file is opened again', () => {
    const file = temp.path();
    const first = openDatabase(file);
    migrate(first);
    const appliedAt = first
      .prepare('SELECT applied_at FROM schema_migrations ORDER BY version')
      .pluck()
      .all();
    first.close();

    const again = temp.track(openDatabase(file));
    // Running a migration a second time would fail on CREATE TABLE; it must simply be skipped.
    expect(migrate(again)).toBe(migrations.length);
    expect(again.prepare('SELECT applied_at FROM schema_migrations ORDER BY version').pluck().all()).toEqual(
      appliedAt,
    );
  });

  it('applies only the migrations that are new since the last start', () => {
    const db = temp.track(openDatabase(temp.path()));
    const ran: number[] = [];
    const step = (version: number): Migration => ({
      version,
      name: `step-${version}`,
      up: () => void ran.push(version),
    });
    migrate(db, [step(1)]);
    migrate(db, [step(1), step(2)]);
    expect(ran).toEqual([1, 2]);
    expect(schemaVersion(db)).toBe(2);
  });

  it('leaves no trace of a migration that fails half-way', () => {
    const db = temp.track(openDatabase(temp.path()));
    const broken: Migration = {
      version: 1,
      name: 'broken',
      up(d) {
        d.exec('CREATE TABLE half (x INTEGER)');
        throw new Error('boom');
      },
    };
    expect(() => migrate(db, [broken])).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(tables(db)).not.toContain('half');
  });

  it('refuses a database written by a newer Aufruf', () => {
    const file = temp.path();
    const db = openDatabase(file);
    migrate(db);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, 0)').run(
      migrations.length + 1,
      'future',
    );
    db.close();

    expect(() => temp.openStore(file)).toThrow(
      `database schema version ${migrations.length + 1} is newer than this Aufruf (knows ${migrations.length}) – update Aufruf`,
    );
  });
});
