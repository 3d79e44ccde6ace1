import type { Database } from 'better-sqlite3';

/** One step of the schema: applied once, in its own transaction, and never edited after release. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
