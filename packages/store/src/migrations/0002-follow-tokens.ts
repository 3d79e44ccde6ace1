import type { Migration } from './migration.ts';

// The token in a ticket's QR code opens its follow page (/t/<token>). It is a secret of the visitor's:
// it lives only here and in the reply to the kiosk that drew the ticket, never in broadcast events.
const SCHEMA = `
CREATE TABLE follow_tokens (
  token TEXT PRIMARY KEY NOT NULL,
  ticket_id TEXT NOT NULL UNIQUE REFERENCES tickets (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL
) STRICT;
`;

/** The follow-your-ticket token of each ticket. */
export const followTokens: Migration = {
  version: 2,
  name: 'follow-tokens',
  up(db) {
    db.exec(SCHEMA);
  },
};
