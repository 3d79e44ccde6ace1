// Is a file a whole Aufruf database? Asked of every backup right after it is written (and of every
// copy of it), and by `npm run restore` before it puts a backup in place.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** The tables whose rows a backup must carry over one for one: the queue, its history, the replies. */
export const COUNTED_TABLES = ['tickets', 'events', 'commands'] as const;
export type CountedTable = (typeof COUNTED_TABLES)[number];
export type RowCounts = Readonly<Record<CountedTable, number>>;

/** Why a file is no usable backup. */
export type CheckFailure = 'unreadable' | 'damaged' | 'not-aufruf' | 'counts-differ';

export type CheckResult =
  | {
      readonly ok: true;
      readonly counts: RowCounts;
      /** The newest migration applied to it. */
      readonly schemaVersion: number;
      /** When its newest event happened (ms epoch): what the office did last before the backup. */
      readonly lastEventAt: number | null;
    }
  | { readonly ok: false; readonly failure: CheckFailure; readonly detail: string };

/** Counts the rows of the counted tables; inside a read transaction they belong to one snapshot. */
export function countRows(db: Database.Database): RowCounts {
  const count = (table: CountedTable): number =>
    db.prepare<[], number>(`SELECT COUNT(*) FROM ${table}`).pluck().get() ?? 0;
  return { tickets: count('tickets'), events: count('events'), commands: count('commands') };
}

// Every question is asked even after one fails: a missing table must read "not an Aufruf database",
// not stop the others. Counts come last: only a file that passed integrity_check is worth counting.
const QUESTIONS: readonly (readonly [string, string])[] = [
  ['integrity', 'PRAGMA integrity_check'],
  ['tables', "SELECT name FROM sqlite_master WHERE type = 'table'"],
  ['version', 'SELECT MAX(version) FROM schema_migrations'],
  ['lastEventAt', 'SELECT MAX(at) FROM events'],
  ...COUNTED_TABLES.map((table) => [table, `SELECT COUNT(*) FROM ${table}`] as const),
];

/** One question's answer: its rows (each an array of columns) or the error SQLite gave. */
type Answer = { readonly rows: unknown[][] } | { readonly error: { code?: string; message: string } };
type Answers = {
  readonly open?: { code?: string; message: string };
  readonly answers: Record<string, Answer>;
};

const errorOf = (error: unknown): { code?: string; message: string } => {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return { ...(typeof code === 'string' ? { code } : {}), message: String(message ?? error) };
};

/** Asks the questions here, on this thread (the restore script has nothing else to do meanwhile). */
function askNow(file: string): Answers {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { open: errorOf(error), answers: {} };
  }
  const answers: Record<string, Answer> = {};
  try {
    for (const [key, sql] of QUESTIONS) {
      try {
        answers[key] = { rows: db.prepare(sql).raw().all() as unknown[][] };
      } catch (error) {
        answers[key] = { error: errorOf(error) };
      }
    }
  } finally {
    db.close();
  }
  return { answers };
}

// The same as askNow, for a worker thread. integrity_check reads every page at once and better-sqlite3
// is synchronous: a year of tickets (100–500 MB) keeps a thread busy for a second or more, on a NAS or
// USB disk for several. On the hub's own thread every screen would miss its Socket.IO pings meanwhile
// (3.5 s, see gateway.ts). Plain JavaScript evaluated in the worker, so that it runs the same from the
// sources (tsx) and from the bundle (dist/main.mjs), which has no second file to start a worker from.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const errorOf = (e) => ({ ...(typeof e?.code === 'string' ? { code: e.code } : {}), message: String(e?.message ?? e) });
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
} catch (e) {
  parentPort.postMessage({ open: errorOf(e), answers: {} });
}
if (db) {
  const answers = {};
  try {
    for (const [key, sql] of workerData.questions) {
      try { answers[key] = { rows: db.prepare(sql).raw().all() }; } catch (e) { answers[key] = { error: errorOf(e) }; }
    }
  } finally {
    db.close();
  }
  parentPort.postMessage({ answers });
}
`;

/** Asks the questions in a worker thread, so that the hub keeps serving while SQLite reads the file. */
function askOffThread(file: string): Promise<Answers> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { driver, file, questions: QUESTIONS } });
    let answered = false;
    worker.once('message', (message: Answers) => {
      answered = true;
      resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`the backup check's worker stopped (exit code ${code})`));
    });
  });
}

const single = (answer: Answer | undefined): unknown =>
  answer && 'rows' in answer ? answer.rows[0]?.[0] : undefined;

/** What the answers say about the file; `expected` are the counts of the database it was copied from. */
function judge({ open, answers }: Answers, expected?: RowCounts): CheckResult {
  const integrity = answers.integrity ?? { error: { message: 'no answer' } };
  const fault = open ?? ('error' in integrity ? integrity.error : undefined);
  if (fault || !('rows' in integrity)) {
    const damaged = fault?.code?.startsWith('SQLITE_CORRUPT') ?? false;
    return {
      ok: false,
      failure: damaged ? 'damaged' : 'unreadable',
      detail: fault ? `${fault.code ?? 'error'}: ${fault.message}` : 'no answer',
    };
  }
  const findings = integrity.rows.map((row) => String(row[0]));
  if (findings.join() !== 'ok') {
    return { ok: false, failure: 'damaged', detail: findings.slice(0, 3).join('; ') };
  }
  const tables = new Set(
    (answers.tables && 'rows' in answers.tables ? answers.tables.rows : []).map((row) => String(row[0])),
  );
  const missing = ['schema_migrations', ...COUNTED_TABLES].filter((table) => !tables.has(table));
  if (missing.length > 0) {
    return { ok: false, failure: 'not-aufruf', detail: `no table ${missing.join(', ')}` };
  }
  const counts = Object.fromEntries(
    COUNTED_TABLES.map((table) => [table, Number(single(answers[table]) ?? Number.NaN)]),
  ) as Record<CountedTable, number>;
  const unreadable = COUNTED_TABLES.filter((table) => !Number.isInteger(counts[table]));
  if (unreadable.length > 0) {
    return { ok: false, failure: 'damaged', detail: `cannot count ${unreadable.join(', ')}` };
  }
  if (expected) {
    const differ = COUNTED_TABLES.filter((table) => counts[table] !== expected[table]);
    if (differ.length > 0) {
      return {
        ok: false,
        failure: 'counts-differ',
        detail: differ.map((t) => `${t}: ${counts[t]} in the copy, ${expected[t]} in the source`).join('; '),
      };
    }
  }
  const lastEventAt = single(answers.lastEventAt);
  return {
    ok: true,
    counts,
    schemaVersion: Number(single(answers.version) ?? 0),
    lastEventAt: typeof lastEventAt === 'number' ? lastEventAt : null,
  };
}

/**
 * Opens `file` read-only: `PRAGMA integrity_check` must say ok, the Aufruf tables must be there and,
 * given `expected`, hold exactly that many rows. Runs on the calling thread (for scripts).
 */
export function checkBackupFile(file: string, expected?: RowCounts): CheckResult {
  return judge(askNow(file), expected);
}

/** {@link checkBackupFile} in a worker thread: the hub's event loop goes on meanwhile. */
export async function checkBackupFileOffThread(file: string, expected?: RowCounts): Promise<CheckResult> {
  return judge(await askOffThread(file), expected);
}
