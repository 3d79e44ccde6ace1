import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openStore, sqliteCode } from '@aufruf/store';
import type { Store, WriteProbe } from '@aufruf/store';
import type { Logger } from 'pino';

/** What keeps the database from serving the office, as the person at the hub PC can act on it. */
export type DatabaseTrouble = 'corrupt' | 'read-only' | 'locked' | 'full' | 'unusable';

/** The office's database file and its daily backups (see backups.ts). */
export interface DatabasePaths {
  readonly file: string;
  readonly backups: string;
}

export const databasePaths = (dataDir: string): DatabasePaths => ({
  file: join(dataDir, 'aufruf.sqlite'),
  backups: join(dataDir, 'backups'),
});

/** A store that opened but cannot take a write (see Store.probeWrite). */
class ProbeFailed extends Error {
  constructor(readonly probe: Exclude<WriteProbe, 'ok'>) {
    super(`the database cannot take a write: ${probe}`);
  }
}

/** Opens the store and proves that it can take the office's first write. */
export function openOfficeStore(file: string): Store {
  const store = openStore({ file });
  const probe = store.probeWrite();
  if (probe === 'ok') return store;
  store.close();
  throw new ProbeFailed(probe);
}

/** Which trouble an error of the start stands for, or undefined when it is not the database's. */
export function troubleOf(error: unknown): DatabaseTrouble | undefined {
  if (error instanceof ProbeFailed) return error.probe === 'error' ? 'unusable' : error.probe;
  const code = sqliteCode(error);
  if (code === undefined) return undefined;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'corrupt';
  if (code.startsWith('SQLITE_READONLY')) return 'read-only';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  if (code === 'SQLITE_FULL') return 'full';
  return 'unusable';
}

/** The newest daily backup (aufruf-YYYY-MM-DD.sqlite), or undefined when there is none. */
export function newestBackup(dir: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const newest = names
    .filter((name) => /^aufruf-\d{4}-\d{2}-\d{2}\.sqlite$/.test(name))
    .sort()
    .at(-1);
  return newest === undefined ? undefined : join(dir, newest);
}

const restoreSteps = (paths: DatabasePaths): string => {
  const backup = newestBackup(paths.backups);
  const dataDir = dirname(paths.file);
  if (backup === undefined) {
    return [
      `Im Ordner ${paths.backups} liegt keine Sicherung.`,
      'Ohne Sicherung bleibt nur ein neuer Anfang: Legen Sie die Datei zur Seite (verschieben, nicht löschen).',
      'Aufruf legt beim nächsten Start eine neue, leere Datenbank an; die Geräte müssen dann neu gekoppelt werden.',
    ].join('\n');
  }
  return [
    'So stellen Sie die neueste Sicherung wieder her:',
    '  1. Lassen Sie Aufruf beendet (als Dienst: sudo systemctl stop aufruf-hub) und geben Sie im Ordner',
    '     von Aufruf ein:',
    `       npm run restore -- "${backup}" --data-dir "${dataDir}"`,
    '     Das prüft die Sicherung, legt die bisherige Datenbank zur Seite (nach',
    `     ${join(dataDir, 'replaced')}, es wird nichts gelöscht) und setzt die Sicherung an ihre Stelle.`,
    '  2. Starten Sie Aufruf neu. Es macht mit der Warteschlange und den Nummern dieser Sicherung weiter;',
    '     was danach geschehen ist, fehlt.',
  ].join('\n');
};

/** What happened and what to do, in German, for the terminal of the hub PC. */
export function troubleText(trouble: DatabaseTrouble, paths: DatabasePaths, code?: string): string {
  const stopped = 'Aufruf wurde nicht gestartet.';
  switch (trouble) {
    case 'corrupt':
      return [
        `Die Datenbank ist beschädigt: ${paths.file}`,
        `Aufruf kann sie nicht lesen. ${stopped}`,
        '',
        restoreSteps(paths),
      ].join('\n');
    case 'read-only':
      return [
        `Aufruf darf die Datenbank nicht beschreiben: ${paths.file}`,
        `Ohne Schreibrecht kann keine Nummer gespeichert werden. ${stopped}`,
        '',
        'Geben Sie dem Benutzer, unter dem Aufruf läuft, das Recht, die Datei und ihren Ordner zu ändern,',
        'und starten Sie Aufruf neu. Ist das ganze Laufwerk nur noch lesbar (das geschieht, wenn eine',
        'Festplatte Fehler hat), stellen Sie die Sicherung auf einem anderen Laufwerk wieder her.',
        '',
        restoreSteps(paths),
      ].join('\n');
    case 'locked':
      return [
        `Ein anderes Programm hält die Datenbank gesperrt: ${paths.file}`,
        stopped,
        '',
        'Läuft Aufruf schon ein zweites Mal, oder schreibt gerade ein anderes Programm in die Datei?',
        'Beenden Sie es und starten Sie Aufruf neu.',
      ].join('\n');
    case 'full':
      return [
        `Auf dem Laufwerk der Datenbank ist kein Platz mehr: ${paths.file}`,
        stopped,
        '',
        'Schaffen Sie Platz auf dem Laufwerk (zum Beispiel alte Dateien löschen) und starten Sie Aufruf neu.',
      ].join('\n');
    case 'unusable':
      return [
        `Aufruf kann die Datenbank nicht öffnen${code ? ` (${code})` : ''}: ${paths.file}`,
        stopped,
        '',
        restoreSteps(paths),
      ].join('\n');
  }
}

/**
 * Runs a start-up step that uses the database. A fault of the database ends the process with the
 * German explanation (and a log line) instead of a stack trace; any other error is thrown on.
 */
export function startWithDatabase<T>(paths: DatabasePaths, logger: Logger, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const trouble = troubleOf(error);
    if (trouble === undefined) throw error;
    logger.fatal({ err: error, trouble }, 'the database cannot be used');
    console.error(`\n${troubleText(trouble, paths, sqliteCode(error))}\n`);
    process.exit(1);
  }
}
