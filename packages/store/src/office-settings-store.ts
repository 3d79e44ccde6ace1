import type { Database } from 'better-sqlite3';

/** The stored settings document; the value is JSON the hub validates (the store knows no schema). */
export interface StoredSettings {
  readonly value: unknown;
  readonly version: number;
  readonly updatedAt: number;
  readonly updatedBy: string;
}

/** One field that changed, as the audit log keeps it. */
export interface StoredChange {
  readonly path: string;
  readonly before: string | null;
  readonly after: string | null;
}

export interface StoredAuditEntry {
  readonly id: number;
  readonly at: number;
  readonly by: string;
  readonly version: number;
  readonly changes: readonly StoredChange[];
}

export type SaveSettingsResult =
  { readonly ok: true; readonly version: number } | { readonly ok: false; readonly current: number };

/** The office's editable settings and the log of who changed them. */
export interface OfficeSettingsStore {
  /** The current settings, or undefined before the first start has seeded them. */
  load(): StoredSettings | undefined;
  /**
   * Saves a new version when `expectedVersion` is the current one (0: nothing stored yet), together
   * with its audit entry, in one transaction; otherwise returns the current version and changes nothing.
   */
  save(input: {
    readonly value: unknown;
    readonly expectedVersion: number;
    readonly at: number;
    readonly by: string;
    readonly changes: readonly StoredChange[];
  }): SaveSettingsResult;
  /** Audit entries, newest first. */
  audit(limit: number): StoredAuditEntry[];
}

interface SettingsRow {
  readonly version: number;
  readonly value: string;
  readonly updated_at: number;
  readonly updated_by: string;
}

interface AuditRow {
  readonly id: number;
  readonly at: number;
  readonly by: string;
  readonly version: number;
  readonly changes: string;
}

export function prepareOfficeSettings(db: Database): OfficeSettingsStore {
  const select = db.prepare<[], SettingsRow>(
    'SELECT version, value, updated_at, updated_by FROM office_settings WHERE id = 1',
  );
  const upsert = db.prepare<[number, string, number, string]>(
    `INSERT INTO office_settings (id, version, value, updated_at, updated_by) VALUES (1, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, value = excluded.value,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  const insertAudit = db.prepare<[number, string, number, string]>(
    'INSERT INTO settings_audit (at, by, version, changes) VALUES (?, ?, ?, ?)',
  );
  const selectAudit = db.prepare<[number], AuditRow>(
    'SELECT id, at, by, version, changes FROM settings_audit ORDER BY id DESC LIMIT ?',
  );
  const save = db.transaction((input: Parameters<OfficeSettingsStore['save']>[0]): SaveSettingsResult => {
    const current = select.get()?.version ?? 0;
    if (current !== input.expectedVersion) return { ok: false, current };
    const version = current + 1;
    upsert.run(version, JSON.stringify(input.value), input.at, input.by);
    insertAudit.run(input.at, input.by, version, JSON.stringify(input.changes));
    return { ok: true, version };
  });

  return {
    load() {
      const row = select.get();
      if (!row) return undefined;
      return {
        value: JSON.parse(row.value) as unknown,
        version: row.version,
        updatedAt: row.updated_at,
        updatedBy: row.updated_by,
      };
    },
    save: (input) => (db.inTransaction ? save.default(input) : save.immediate(input)),
    audit(limit) {
      return selectAudit.all(limit).map((row) => ({
        id: row.id,
        at: row.at,
        by: row.by,
        version: row.version,
        changes: JSON.parse(row.changes) as StoredChange[],
      }));
    },
  };
}
