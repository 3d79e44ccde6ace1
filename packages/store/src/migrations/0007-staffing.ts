import type { Migration } from './migration.ts';

// A place is staffed while a clerk is signed in at it; a pause has the time its clerk expects to be
// back (NULL while paused: "bis auf Weiteres"). Places paused before pauses had a length get the old
// assumption, a quarter of an hour from the upgrade; nobody counts as signed in until their counter
// connects again.
const SCHEMA = `
ALTER TABLE places ADD COLUMN staffed INTEGER NOT NULL DEFAULT 0 CHECK (staffed IN (0, 1));
ALTER TABLE places ADD COLUMN back_at INTEGER;
UPDATE places SET back_at = CAST(unixepoch('subsec') * 1000 AS INTEGER) + 15 * 60000 WHERE paused = 1;
`;

/** Who is at which place: signed-in clerks and the length of their pauses. */
export const staffing: Migration = {
  version: 7,
  name: 'staffing',
  up(db) {
    db.exec(SCHEMA);
  },
};
