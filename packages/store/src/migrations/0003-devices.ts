import type { Migration } from './migration.ts';

// Devices are paired by the admin and then hold a long-lived token. Only hashes of tokens, codes
// and the admin secret are stored: a copy of the database does not let anyone into the office.
const SCHEMA = `
CREATE TABLE devices (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('kiosk', 'counter', 'display', 'admin')),
  -- A counter may be bound to one place; a display may show only some places (JSON array or NULL = all).
  place_id TEXT,
  places TEXT CHECK (places IS NULL OR (json_valid(places) AND json_type(places) = 'array')),
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER,
  revoked_at INTEGER
) STRICT;

CREATE TABLE pairings (
  code_hash TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('kiosk', 'counter', 'display', 'admin')),
  place_id TEXT,
  places TEXT CHECK (places IS NULL OR (json_valid(places) AND json_type(places) = 'array')),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;

-- Settings of the installation (the admin secret's hash), key/value like office_state.
CREATE TABLE settings (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;
`;

/** Paired devices, open pairing codes and installation settings. */
export const devices: Migration = {
  version: 3,
  name: 'devices',
  up(db) {
    db.exec(SCHEMA);
  },
};
