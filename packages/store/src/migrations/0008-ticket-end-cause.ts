import type { Migration } from './migration.ts';

// Why the office ended an expired ticket on purpose: cancelled by the office head ("Stornieren") or
// by closing the day early ("Tag schließen"). NULL for every other ticket, and for tickets left open
// overnight; the phone of a ticket tells its visitor which it was.
const SCHEMA = `
ALTER TABLE tickets ADD COLUMN end_cause TEXT CHECK (end_cause IN ('cancelled', 'day-closed'));
`;

/** How a ticket the office ended came to its end. */
export const ticketEndCause: Migration = {
  version: 8,
  name: 'ticket-end-cause',
  up(db) {
    db.exec(SCHEMA);
  },
};
