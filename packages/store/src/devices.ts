import type { Database } from 'better-sqlite3';

export type DeviceRole = 'kiosk' | 'counter' | 'display' | 'admin';

/** A paired device as the admin sees it; its token is never stored, only the token's hash. */
export interface Device {
  readonly id: string;
  readonly name: string;
  readonly role: DeviceRole;
  /** The one place a counter is bound to, or null for a counter that picks its place. */
  readonly placeId: string | null;
  /** The places a display shows, or null for all. */
  readonly places: readonly string[] | null;
  readonly createdAt: number;
  readonly lastSeenAt: number | null;
  readonly revokedAt: number | null;
}

/** A pairing code waiting to be entered on a new device (single use, short-lived). */
export interface Pairing {
  readonly codeHash: string;
  readonly name: string;
  readonly role: DeviceRole;
  readonly placeId: string | null;
  readonly places: readonly string[] | null;
  readonly createdAt: number;
  readonly expiresAt: number;
}

export interface DeviceRegistry {
  add(device: Omit<Device, 'lastSeenAt' | 'revokedAt'>, tokenHash: string): void;
  /** The device holding this token hash, revoked or not (the caller decides). */
  findByTokenHash(tokenHash: string): Device | undefined;
  find(id: string): Device | undefined;
  list(): Device[];
  /** Marks a device revoked; false when there is no such device or it was revoked already. */
  revoke(id: string, at: number): boolean;
  /** Gives a device a new name; false when there is no such device. */
  rename(id: string, name: string): boolean;
  touch(id: string, at: number): void;
  addPairing(pairing: Pairing): void;
  /** Consumes a pairing code: returns it once if it exists and has not expired, never again. */
  takePairing(codeHash: string, now: number): Pairing | undefined;
  /** Open pairing codes (for the admin's list), oldest first; expired ones are dropped. */
  listPairings(now: number): Pairing[];
}

interface DeviceRow {
  id: string;
  name: string;
  role: DeviceRole;
  place_id: string | null;
  places: string | null;
  created_at: number;
  last_seen_at: number | null;
  revoked_at: number | null;
}

interface PairingRow {
  code_hash: string;
  name: string;
  role: DeviceRole;
  place_id: string | null;
  places: string | null;
  created_at: number;
  expires_at: number;
}

const parsePlaces = (json: string | null): string[] | null =>
  json === null ? null : (JSON.parse(json) as string[]);

const toDevice = (row: DeviceRow): Device => ({
  id: row.id,
  name: row.name,
  role: row.role,
  placeId: row.place_id,
  places: parsePlaces(row.places),
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  revokedAt: row.revoked_at,
});

const toPairing = (row: PairingRow): Pairing => ({
  codeHash: row.code_hash,
  name: row.name,
  role: row.role,
  placeId: row.place_id,
  places: parsePlaces(row.places),
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

/** Prepares the device and pairing statements once. */
export function prepareDevices(db: Database): DeviceRegistry {
  const insert = db.prepare(
    `INSERT INTO devices (id, name, role, place_id, places, token_hash, created_at)
     VALUES (@id, @name, @role, @place_id, @places, @token_hash, @created_at)`,
  );
  const byHash = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE token_hash = ?');
  const byId = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE id = ?');
  const all = db.prepare<[], DeviceRow>('SELECT * FROM devices ORDER BY created_at, id');
  const revoke = db.prepare<[number, string]>(
    'UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
  );
  const touch = db.prepare<[number, string]>('UPDATE devices SET last_seen_at = ? WHERE id = ?');
  const rename = db.prepare<[string, string]>('UPDATE devices SET name = ? WHERE id = ?');
  const insertPairing = db.prepare(
    `INSERT INTO pairings (code_hash, name, role, place_id, places, created_at, expires_at)
     VALUES (@code_hash, @name, @role, @place_id, @places, @created_at, @expires_at)`,
  );
  const pairingByHash = db.prepare<[string], PairingRow>('SELECT * FROM pairings WHERE code_hash = ?');
  const deletePairing = db.prepare<[string]>('DELETE FROM pairings WHERE code_hash = ?');
  const deleteExpired = db.prepare<[number]>('DELETE FROM pairings WHERE expires_at <= ?');
  const openPairings = db.prepare<[], PairingRow>('SELECT * FROM pairings ORDER BY created_at');
  // Read and delete in one transaction: two devices entering the same code cannot both succeed.
  const take = db.transaction((codeHash: string, now: number): Pairing | undefined => {
    const row = pairingByHash.get(codeHash);
    if (!row) return undefined;
    deletePairing.run(codeHash);
    return row.expires_at > now ? toPairing(row) : undefined;
  });

  return {
    add(device, tokenHash) {
      insert.run({
        id: device.id,
        name: device.name,
        role: device.role,
        place_id: device.placeId,
        places: device.places === null ? null : JSON.stringify(device.places),
        token_hash: tokenHash,
        created_at: device.createdAt,
      });
    },
    findByTokenHash(tokenHash) {
      const row = byHash.get(tokenHash);
      return row && toDevice(row);
    },
    find(id) {
      const row = byId.get(id);
      return row && toDevice(row);
    },
    list: () => all.all().map(toDevice),
    rename: (id, name) => rename.run(name, id).changes === 1,
    revoke: (id, at) => revoke.run(at, id).changes > 0,
    touch(id, at) {
      touch.run(at, id);
    },
    addPairing(pairing) {
      insertPairing.run({
        code_hash: pairing.codeHash,
        name: pairing.name,
        role: pairing.role,
        place_id: pairing.placeId,
        places: pairing.places === null ? null : JSON.stringify(pairing.places),
        created_at: pairing.createdAt,
        expires_at: pairing.expiresAt,
      });
    },
    takePairing: (codeHash, now) => take.immediate(codeHash, now),
    listPairings(now) {
      deleteExpired.run(now);
      return openPairings.all().map(toPairing);
    },
  };
}

/** Key/value settings of the installation. */
export interface Settings {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

export function prepareSettings(db: Database): Settings {
  const get = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  const set = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  return {
    get: (key) => get.get(key),
    set(key, value) {
      set.run(key, value);
    },
  };
}
