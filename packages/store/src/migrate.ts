import type { Database } from 'better-sqlite3';
import { migrations as allMigrations } from './migrations/index.ts';
import type { Migration } from './migrations/index.ts';

/** Brings the schema up to the newest migration this code knows; returns the resulting version. */
export function migrate(db: Database, migrations: readonly Migration[] = allMigrations): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  ) STRICT`);
  const known = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  // An older Aufruf must not write into a schema it does not understand (e.g. after a rollback).
  if (current > known) {
    throw new Error(
      `database schema version ${current} is newer than this Aufruf (knows ${known}) – update Aufruf`,
    );
  }
  const applied = db.prepare<[number], 1>('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare<[number, string, number]>(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  for (const migration of migrations.filter((m) => m.version > current)) {
    // IMMEDIATE and checked again inside: a second process opening the same file at the same
    // moment waits for the first one and then finds the step done, instead of running it twice.
    db.transaction(() => {
      if (applied.get(migration.version)) return;
      migration.up(db);
      record.run(migration.version, migration.name, Date.now());
    }).immediate();
  }
  return schemaVersion(db);
}

/** The highest migration applied to the database, 0 for a new one. */
export function schemaVersion(db: Database): number {
  return db.prepare<[], number | null>('SELECT MAX(version) FROM schema_migrations').pluck().get() ?? 0;
}
