// `npm run restore -- FILE`: puts a backup in place of the hub's database. Checks first, replaces only
// while no hub runs on the folder, and never deletes: the database it replaces is moved aside.
import {
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  closeSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { checkBackupFile } from './backup-check.ts';
import type { CheckFailure, CheckResult } from './backup-check.ts';
import { asSingleFile } from './backup-snapshot.ts';
import { databasePaths } from './database-start.ts';
import { acquireDataDirLock, lockRefusalText } from './data-dir-lock.ts';
import type { LockHolder } from './data-dir-lock.ts';

/** Where a replaced database goes: <dataDir>/replaced/aufruf-<time>.sqlite (with its -wal and -shm). */
export const REPLACED_FOLDER = 'replaced';

// The database's own file and the ones SQLite keeps beside it; all move together or its last writes
// would be lost from the copy set aside.
const COMPANIONS = ['', '-wal', '-shm', '-journal'];

export type RestoreOutcome =
  | {
      readonly kind: 'restored';
      readonly backup: string;
      readonly database: string;
      /** The files moved aside, empty when there was no database yet. */
      readonly replaced: readonly string[];
      readonly check: Extract<CheckResult, { ok: true }>;
    }
  | { readonly kind: 'missing'; readonly backup: string }
  | { readonly kind: 'is-the-database'; readonly backup: string }
  | {
      readonly kind: 'not-a-backup';
      readonly backup: string;
      readonly failure: CheckFailure;
      readonly detail: string;
    }
  | {
      readonly kind: 'hub-running';
      readonly dataDir: string;
      readonly file: string;
      readonly holder: LockHolder;
    }
  | { readonly kind: 'failed'; readonly detail: string; readonly replaced: readonly string[] };

const syncFile = (file: string): void => {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

const removeWithCompanions = (file: string): void => {
  for (const suffix of COMPANIONS) rmSync(`${file}${suffix}`, { force: true });
};

/** The backup checked as a copy beside the database, ready to be renamed into its place. */
function preparedCopy(backup: string, temp: string): CheckResult {
  removeWithCompanions(temp);
  copyFileSync(backup, temp);
  // A backup someone opened in WAL mode may keep its last writes in its -wal file: take it along.
  const wal = `${backup}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) copyFileSync(wal, `${temp}-wal`);
  try {
    asSingleFile(temp);
  } catch {
    // Not even SQLite can open it; the check below says why.
  }
  const check = checkBackupFile(temp);
  if (check.ok) syncFile(temp);
  return check;
}

/** Restores `file` into the data folder: see the outcome's kinds for everything that can happen. */
export function restoreBackup(request: {
  readonly file: string;
  readonly dataDir: string;
  readonly now?: Date;
}): RestoreOutcome {
  const backup = resolve(request.file);
  const dataDir = resolve(request.dataDir);
  const database = databasePaths(dataDir).file;
  if (!existsSync(backup) || !statSync(backup).isFile()) return { kind: 'missing', backup };
  if (existsSync(database) && realpathSync(database) === realpathSync(backup)) {
    return { kind: 'is-the-database', backup };
  }
  const attempt = acquireDataDirLock(dataDir, 'restore');
  if (!attempt.ok) return { kind: 'hub-running', dataDir, file: attempt.file, holder: attempt.holder };
  const temp = `${database}.restoring`;
  const replaced: string[] = [];
  try {
    const check = preparedCopy(backup, temp);
    if (!check.ok) {
      removeWithCompanions(temp);
      return { kind: 'not-a-backup', backup, failure: check.failure, detail: check.detail };
    }
    const stamp = (request.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    const aside = join(dataDir, REPLACED_FOLDER, `aufruf-${stamp}.sqlite`);
    for (const suffix of COMPANIONS) {
      if (!existsSync(`${database}${suffix}`)) continue;
      mkdirSync(join(dataDir, REPLACED_FOLDER), { recursive: true });
      renameSync(`${database}${suffix}`, `${aside}${suffix}`);
      replaced.push(`${aside}${suffix}`);
    }
    // A rename in one folder: the database is either the old one (moved aside above) or the whole backup.
    renameSync(temp, database);
    return { kind: 'restored', backup, database, replaced, check };
  } catch (error) {
    removeWithCompanions(temp);
    return { kind: 'failed', detail: error instanceof Error ? error.message : String(error), replaced };
  } finally {
    attempt.lock.release();
  }
}

/** The restore script's exit code for an outcome. */
export function restoreExitCode(outcome: RestoreOutcome): number {
  switch (outcome.kind) {
    case 'restored':
      return 0;
    case 'missing':
      return 1;
    case 'is-the-database':
    case 'not-a-backup':
      return 2;
    case 'hub-running':
      return 3;
    case 'failed':
      return 4;
  }
}

const FAILURES: Record<CheckFailure, { de: string; en: string }> = {
  unreadable: { de: 'keine SQLite-Datenbank', en: 'not an SQLite database' },
  damaged: { de: 'beschädigt', en: 'damaged' },
  'not-aufruf': { de: 'keine Datenbank von Aufruf', en: 'not an Aufruf database' },
  'counts-differ': { de: 'unvollständig', en: 'incomplete' },
};

const time = (ms: number | null, locale: string): string =>
  ms === null ? '–' : new Date(ms).toLocaleString(locale);

/** What happened and what to do next, in German and English, for the terminal. */
export function restoreText(outcome: RestoreOutcome): string {
  switch (outcome.kind) {
    case 'missing':
      return [
        `Die Sicherung gibt es nicht: ${outcome.backup}`,
        'Es wurde nichts verändert. Geben Sie den Pfad einer Sicherung an, z. B. data/backups/aufruf-2026-11-26.sqlite.',
        '',
        `There is no backup at ${outcome.backup}`,
        'Nothing was changed. Name a backup file, e.g. data/backups/aufruf-2026-11-26.sqlite.',
      ].join('\n');
    case 'is-the-database':
      return [
        `Das ist die Datenbank selbst, keine Sicherung: ${outcome.backup}`,
        'Es wurde nichts verändert. Geben Sie eine Sicherung aus dem Ordner backups an.',
        '',
        `That is the database itself, not a backup: ${outcome.backup}`,
        'Nothing was changed. Name a backup from the backups folder.',
      ].join('\n');
    case 'not-a-backup': {
      const why = FAILURES[outcome.failure];
      return [
        `Diese Datei ist keine brauchbare Sicherung (${why.de}): ${outcome.backup}`,
        `  ${outcome.detail}`,
        'Es wurde nichts verändert. Versuchen Sie eine ältere Sicherung oder die Kopie auf dem zweiten Ziel (backup.mirror).',
        '',
        `This file is no usable backup (${why.en}): ${outcome.backup}`,
        'Nothing was changed. Try an older backup or the copy on the second target (backup.mirror).',
      ].join('\n');
    }
    case 'hub-running':
      return lockRefusalText(outcome, outcome.dataDir, 'restore');
    case 'failed': {
      const moved = outcome.replaced.map((file) => `  ${file}`);
      return [
        `Die Wiederherstellung ist fehlgeschlagen: ${outcome.detail}`,
        ...(moved.length > 0
          ? ['Schon zur Seite gelegt (zurückschieben, um den alten Stand zu behalten):', ...moved]
          : []),
        '',
        `The restore failed: ${outcome.detail}`,
        ...(moved.length > 0 ? ['Already moved aside (move back to keep the old state):', ...moved] : []),
      ].join('\n');
    }
    case 'restored': {
      const { check } = outcome;
      const aside = outcome.replaced.map((file) => `    ${file}`);
      return [
        'Die Sicherung wurde wiederhergestellt.',
        `  Sicherung:  ${outcome.backup}`,
        `              geprüft, in Ordnung: ${check.counts.tickets} Nummern; letzter Eintrag ${time(check.lastEventAt, 'de-DE')}`,
        `  Datenbank:  ${outcome.database}`,
        ...(aside.length > 0
          ? ['  Die bisherige Datenbank liegt (nicht gelöscht) unter:', ...aside]
          : ['  Eine bisherige Datenbank gab es nicht.']),
        '',
        'So geht es weiter:',
        '  1. Starten Sie Aufruf (npm run start:hub; als Dienst: sudo systemctl start aufruf-hub). Es macht mit',
        '     der Warteschlange und den Nummern der Sicherung weiter.',
        '  2. Was nach der Sicherung geschah, fehlt: Nummern, die danach gezogen wurden, kennt Aufruf nicht und',
        '     kann sie noch einmal vergeben. Bitten Sie Wartende mit solchen Nummern, eine neue zu ziehen.',
        '     Danach gekoppelte Geräte und geänderte Einstellungen fehlen ebenfalls.',
        '  3. Die bisherige Datenbank enthält Besuchsdaten: Löschen Sie sie, sobald Sie sie nicht mehr brauchen.',
        '',
        'The backup was restored.',
        `  Backup:    ${outcome.backup} (checked, ok: ${check.counts.tickets} tickets; last entry ${time(check.lastEventAt, 'en-GB')})`,
        `  Database:  ${outcome.database}`,
        ...(aside.length > 0
          ? ['  The previous database was moved (not deleted) to:', ...aside]
          : ['  There was no previous database.']),
        'Next: start Aufruf (npm run start:hub; as a service: sudo systemctl start aufruf-hub). Anything after',
        'the backup is missing: numbers drawn since then are unknown and may be handed out again, so ask',
        'visitors holding them to draw a new one; devices paired and settings changed since then are missing',
        'too. Delete the previous database once you no longer need it: it holds visit data.',
      ].join('\n');
    }
  }
}
