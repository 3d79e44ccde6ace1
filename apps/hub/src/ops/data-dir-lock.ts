// One program at a time on a data folder: the hub while it runs, `npm run restore` while it replaces the
// database. Two hubs on one database would hand out the same numbers; a restore under a running hub
// would pull the file from under it. SQLite's own locks cover single transactions, not a whole run.
import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { z } from 'zod';

/** The lock's file name in the data folder. */
export const LOCK_FILE = 'hub.lock';

const holderSchema = z.object({
  owner: z.enum(['hub', 'restore']),
  pid: z.number().int().positive(),
  port: z.number().int().nullable(),
  startedAt: z.string(),
  host: z.string(),
  /** The kernel's boot id (Linux): a lock from before a reboot is stale whatever its pid. */
  bootId: z.string().optional(),
  /** The process's start time in clock ticks after boot (Linux): tells a reused pid from the holder. */
  processStart: z.string().optional(),
  token: z.string(),
});

/** Who holds a data folder, as written in its lock file. */
export type LockHolder = z.infer<typeof holderSchema>;

/** A lock this process holds. */
export interface DataDirLock {
  readonly file: string;
  readonly holder: LockHolder;
  /** Records the port once the hub listens (a port of 0 in the config is chosen by the system). */
  setPort(port: number): void;
  /** Removes the lock file if it is still this process's. */
  release(): void;
}

export type LockAttempt =
  | {
      readonly ok: true;
      readonly lock: DataDirLock;
      /** The stale lock that was taken over: its holder, or 'unreadable' for a damaged file. */
      readonly tookOver?: LockHolder | 'unreadable';
    }
  | { readonly ok: false; readonly file: string; readonly holder: LockHolder };

const readOptional = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

const bootId = (): string | undefined => readOptional('/proc/sys/kernel/random/boot_id')?.trim();

/** Field 22 of /proc/<pid>/stat (after the command name in parentheses, which may hold spaces). */
const processStart = (pid: number): string | undefined => {
  const stat = readOptional(`/proc/${pid}/stat`);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
};

/**
 * Whether the process named in a lock still runs. Host names are not compared: a container started
 * anew gets a new one, and its predecessor's lock must not keep the hub out for ever.
 */
export function holderAlive(holder: LockHolder): boolean {
  // A process with our own pid is us: a container restarted, and its hub got the same pid again.
  if (holder.pid === process.pid) return false;
  const boot = bootId();
  if (boot !== undefined && holder.bootId !== undefined && boot !== holder.bootId) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: it runs, under another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStart(holder.pid);
  return start === undefined || holder.processStart === undefined || start === holder.processStart;
}

type Read = LockHolder | 'unreadable' | 'gone';

function readLock(file: string): Read {
  const text = readOptional(file);
  if (text === undefined) return 'gone';
  try {
    const parsed = holderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Creates the lock file with its whole content at once, or returns false when it exists. */
function create(file: string, holder: LockHolder): boolean {
  const text = `${JSON.stringify(holder, null, 2)}\n`;
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  try {
    // link() fails when the name exists, and the file it makes is already complete: nobody ever reads
    // a half-written lock and takes it for a stale one.
    linkSync(temp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links: create-exclusive, then write.
    try {
      writeFileSync(file, text, { flag: 'wx' });
      return true;
    } catch (fallback) {
      if ((fallback as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallback;
    }
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Takes the data folder for the hub or a restore. A lock whose process no longer runs (a crash, a
 * power cut, a kill) is taken over. Throws only when the file cannot be written at all.
 *
 * Two programs that find the same stale lock in the same millisecond could both take it over; starting
 * two hubs on one folder at exactly that moment is not something an office does.
 */
export function acquireDataDirLock(
  dataDir: string,
  owner: LockHolder['owner'],
  port: number | null = null,
): LockAttempt {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  const boot = bootId();
  const start = processStart(process.pid);
  const holder: LockHolder = {
    owner,
    pid: process.pid,
    port,
    startedAt: new Date().toISOString(),
    host: hostname(),
    ...(boot === undefined ? {} : { bootId: boot }),
    ...(start === undefined ? {} : { processStart: start }),
    token: randomUUID(),
  };
  let tookOver: LockHolder | 'unreadable' | undefined;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (create(file, holder)) {
      return { ok: true, lock: heldLock(file, holder), ...(tookOver ? { tookOver } : {}) };
    }
    const found = readLock(file);
    if (found === 'gone') continue;
    if (found !== 'unreadable' && holderAlive(found)) return { ok: false, file, holder: found };
    tookOver = found;
    rmSync(file, { force: true });
  }
  throw new Error(`cannot take the lock ${file}: it keeps changing`);
}

function heldLock(file: string, initial: LockHolder): DataDirLock {
  let holder = initial;
  const ours = (): boolean => {
    const found = readLock(file);
    return typeof found === 'object' && found.token === holder.token;
  };
  return {
    file,
    get holder() {
      return holder;
    },
    setPort(port) {
      holder = { ...holder, port };
      if (!ours()) return;
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, `${JSON.stringify(holder, null, 2)}\n`);
      renameSync(temp, file);
    },
    release() {
      if (ours()) rmSync(file, { force: true });
    },
  };
}

const when = (iso: string, locale: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(locale);
};

const holderLine = (holder: LockHolder, german: boolean): string => {
  const port = holder.port === null ? '' : german ? `, Port ${holder.port}` : `, port ${holder.port}`;
  return german
    ? `Prozess ${holder.pid}${port}, gestartet ${when(holder.startedAt, 'de-DE')}, Rechner ${holder.host}`
    : `process ${holder.pid}${port}, started ${when(holder.startedAt, 'en-GB')}, computer ${holder.host}`;
};

/**
 * Why a program did not start on a data folder someone else holds, in German and English, with
 * what to do. `who` is the program that was refused.
 */
export function lockRefusalText(
  refused: { readonly file: string; readonly holder: LockHolder },
  dataDir: string,
  who: LockHolder['owner'],
): string {
  const { file, holder } = refused;
  const de = holderLine(holder, true);
  const en = holderLine(holder, false);
  if (holder.owner === 'restore') {
    return [
      `In diesem Datenordner wird gerade eine Sicherung wiederhergestellt (${de}): ${dataDir}`,
      who === 'hub' ? 'Aufruf wurde nicht gestartet.' : 'Es wurde nichts verändert.',
      'Warten Sie, bis „npm run restore“ fertig ist, und versuchen Sie es dann noch einmal.',
      '',
      `A backup is being restored into this data folder right now (${en}): ${dataDir}`,
      who === 'hub' ? 'Aufruf was not started.' : 'Nothing was changed.',
      'Wait until "npm run restore" has finished, then try again.',
    ].join('\n');
  }
  if (who === 'hub') {
    return [
      `Aufruf läuft schon mit diesem Datenordner (${de}): ${dataDir}`,
      'Aufruf wurde nicht gestartet: Zwei Hubs auf einer Datenbank würden dieselben Nummern vergeben.',
      'Arbeiten Sie mit dem laufenden Hub weiter oder beenden Sie ihn, bevor Sie Aufruf neu starten.',
      `Läuft sicher kein Hub mehr, löschen Sie die Datei ${file}.`,
      '',
      `Aufruf is already running on this data folder (${en}): ${dataDir}`,
      'Aufruf was not started: two hubs on one database would hand out the same numbers.',
      'Keep using the running hub, or stop it before you start Aufruf again.',
      `If you are sure no hub runs any more, delete the file ${file}.`,
    ].join('\n');
  }
  return [
    `Der Hub läuft noch mit diesem Datenordner (${de}): ${dataDir}`,
    'Es wurde nichts verändert. Eine Sicherung kann nur bei beendetem Hub zurückgespielt werden.',
    'Beenden Sie zuerst den Hub (Strg+C in seinem Fenster, als Dienst: sudo systemctl stop aufruf-hub)',
    'und rufen Sie „npm run restore“ dann noch einmal auf.',
    '',
    `The hub is still running on this data folder (${en}): ${dataDir}`,
    'Nothing was changed. A backup can only be restored while the hub is stopped.',
    'Stop the hub first (Ctrl+C in its window; as a service: sudo systemctl stop aufruf-hub),',
    'then run "npm run restore" again.',
  ].join('\n');
}

/**
 * The hub's start: takes its data folder for as long as the process lives (released on any exit but
 * a kill, whose lock the next start takes over). Another live hub, or a restore under way, ends the
 * start with the explanation. A folder the hub may not write is left to the database step, which
 * explains that better.
 */
export function holdDataDirForHub(
  dataDir: string,
  port: number,
  logger: Pick<Logger, 'warn' | 'fatal'>,
): DataDirLock | undefined {
  let attempt: LockAttempt;
  try {
    attempt = acquireDataDirLock(dataDir, 'hub', port);
  } catch (error) {
    logger.warn({ err: error, dataDir }, 'cannot write the data folder lock; starting without it');
    return undefined;
  }
  if (!attempt.ok) {
    logger.fatal({ holder: attempt.holder }, 'the data folder is in use');
    console.error(`\n${lockRefusalText(attempt, dataDir, 'hub')}\n`);
    process.exit(1);
  }
  if (attempt.tookOver) {
    logger.warn(
      { stale: attempt.tookOver, file: attempt.lock.file },
      'took over a stale data folder lock (its process no longer runs)',
    );
  }
  const { lock } = attempt;
  process.on('exit', () => lock.release());
  return lock;
}
