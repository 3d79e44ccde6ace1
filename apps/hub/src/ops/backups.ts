import { copyFile, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { serviceDay } from '@aufruf/core';
import type { Clock } from '@aufruf/core';
import type { Logger } from 'pino';
import { checkBackupFileOffThread } from './backup-check.ts';
import type { CheckResult, RowCounts } from './backup-check.ts';
import { writeSnapshot } from './backup-snapshot.ts';
import type { BackupReport, BackupStatus, CopyOutcome } from './backup-status.ts';

const NAME = /^aufruf-(\d{4}-\d{2}-\d{2})\.sqlite$/;
const PARTIAL = /^aufruf-(\d{4}-\d{2}-\d{2})\.sqlite\.partial$/;

/**
 * The folder inside `backup.mirror` that holds its copies. The mirror itself is a mount point (a NAS
 * share, a USB disk) and never made by the hub: made, it would fill the local disk while the real one
 * is not mounted.
 */
export const MIRROR_FOLDER = 'aufruf-backups';

/** The parts of a backup that touch files; tests replace one to see a fault caught. */
export interface BackupSteps {
  /** Writes a consistent copy of the database; returns the row counts it must hold (backup-snapshot.ts). */
  readonly snapshot: (source: string, target: string) => Promise<RowCounts>;
  /** Copies a checked backup to the mirror. */
  readonly copy: (from: string, to: string) => Promise<void>;
  /** Checks a written file (backup-check.ts); without `expected` it only reads the counts. */
  readonly check: (file: string, expected?: RowCounts) => Promise<CheckResult>;
}

export interface BackupOptions {
  /** The hub's database file; read through a connection of the backup's own (backup-snapshot.ts). */
  readonly source: string;
  readonly dir: string;
  /** A second directory (mounted NAS share or USB disk) that gets a copy of each daily backup. */
  readonly mirror?: string | undefined;
  /** How many daily backups to keep, here and on the mirror; older ones are deleted. */
  readonly keep: number;
  readonly timeZone: string;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Where each run's outcome is recorded for staff. */
  readonly status: BackupStatus;
  readonly steps?: Partial<BackupSteps>;
}

/** The file of one day's backup. */
export const backupFile = (dir: string, day: string): string => join(dir, `aufruf-${day}.sqlite`);

/** Copies a file and waits until it is on the disk: a USB disk may be pulled right after. */
async function copyDurably(from: string, to: string): Promise<void> {
  await copyFile(from, to);
  const handle = await open(to, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const defaultSteps: BackupSteps = {
  snapshot: writeSnapshot,
  copy: copyDurably,
  check: checkBackupFileOffThread,
};

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    () => false,
  );

/** The outcome of a backup an earlier run wrote (and checked before giving it its name). */
const earlier = async (file: string): Promise<CopyOutcome> => ({
  file,
  ok: true,
  at: (await stat(file)).mtimeMs,
});

/**
 * Writes `file` under a temporary name, checks it and only then gives it its name: a half-written or
 * bad file must never look like a backup. A bad one is deleted; the backups before it stay.
 */
async function placeChecked(
  file: string,
  write: (partial: string) => Promise<RowCounts>,
  check: BackupSteps['check'],
  clock: Clock,
): Promise<CopyOutcome> {
  const partial = `${file}.partial`;
  try {
    await rm(partial, { force: true });
    const expected = await write(partial);
    const result = await check(partial, expected);
    if (!result.ok) throw new Error(`the copy failed its check (${result.failure}: ${result.detail})`);
    await rename(partial, file);
    return { file, ok: true, at: clock.now() };
  } catch (error) {
    await rm(partial, { force: true });
    return { file, ok: false, at: clock.now(), error: reason(error) };
  }
}

/** Deletes all but the newest `keep` daily backups in `dir`, and half-written ones of earlier runs. */
async function rotate(dir: string, keep: number): Promise<void> {
  const names = await readdir(dir);
  const backups = names.filter((name) => NAME.test(name)).sort();
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of [...old, ...names.filter((n) => PARTIAL.test(n))]) {
    await rm(join(dir, name), { force: true });
  }
}

/** The mirror's folder for Aufruf's copies; throws when the mirror is not there (not mounted). */
async function mirrorFolder(mirror: string): Promise<string> {
  const info = await stat(mirror).catch(() => undefined);
  if (!info) throw new Error(`the mirror ${mirror} is not there (not mounted?)`);
  if (!info.isDirectory()) throw new Error(`the mirror ${mirror} is not a directory`);
  const folder = join(mirror, MIRROR_FOLDER);
  await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return folder;
}

/** Copies today's checked local backup to the mirror unless it is there already (then undefined). */
async function mirrorIfDue(
  options: BackupOptions,
  steps: BackupSteps,
  local: string,
  counts: RowCounts | undefined,
): Promise<CopyOutcome | undefined> {
  const { mirror, clock, logger } = options;
  if (mirror === undefined) return undefined;
  const name = basename(local);
  let folder: string;
  try {
    folder = await mirrorFolder(mirror);
  } catch (error) {
    return { file: join(mirror, MIRROR_FOLDER, name), ok: false, at: clock.now(), error: reason(error) };
  }
  const file = join(folder, name);
  if (await exists(file)) return undefined;
  if ((await stat(mirror)).dev === (await stat(options.dir)).dev) {
    logger.warn(
      { mirror, dir: options.dir },
      'the backup mirror is on the same drive as the backups: it does not help when that drive fails (is the mirror mounted?)',
    );
  }
  const outcome = await placeChecked(
    file,
    async (partial) => {
      // The counts the copy must hold: the snapshot's, or those of the local backup an earlier run wrote.
      let expected = counts;
      if (expected === undefined) {
        const result = await steps.check(local);
        if (!result.ok) throw new Error(`the local backup ${local} is damaged (${result.detail})`);
        expected = result.counts;
      }
      await steps.copy(local, partial);
      return expected;
    },
    steps.check,
    clock,
  );
  if (outcome.ok) await rotate(folder, options.keep);
  return outcome;
}

/**
 * Makes today's backup if there is none yet, checks it and deletes all but the newest `keep`; then
 * copies it to the mirror if that lacks it (so a USB disk plugged in later in the day still gets it).
 * Returns what it did, or null when there was nothing to do.
 */
export async function backupIfDue(options: BackupOptions): Promise<BackupReport | null> {
  const steps = { ...defaultSteps, ...options.steps };
  const { dir, clock, logger, status } = options;
  const day = serviceDay(clock.now(), options.timeZone);
  await mkdir(dir, { recursive: true });
  const local = backupFile(dir, day);
  const previous = status.last;

  let written: CopyOutcome | undefined;
  let counts: RowCounts | undefined;
  if (!(await exists(local))) {
    written = await placeChecked(
      local,
      async (partial) => (counts = await steps.snapshot(options.source, partial)),
      steps.check,
      clock,
    );
    if (!written.ok) {
      logger.error({ file: local, error: written.error }, 'backup failed; the earlier backups are kept');
      const report: BackupReport = { at: clock.now(), day, local: written, mirror: null };
      status.record(report);
      return report;
    }
    await rotate(dir, options.keep);
    logger.info({ file: local, ...counts }, 'backup written and checked');
  }

  const mirrored = await mirrorIfDue(options, steps, local, counts);
  if (written === undefined && mirrored === undefined) return null;
  if (mirrored?.ok) logger.info({ file: mirrored.file }, 'backup copied to the mirror and checked');
  if (mirrored && !mirrored.ok) {
    // Tried again every hour until the mirror is back: said once a day per reason, not every hour.
    const repeated = previous?.day === day && previous.mirror?.error === mirrored.error;
    logger[repeated ? 'debug' : 'error'](
      { file: mirrored.file, error: mirrored.error },
      'backup mirror failed; the local backup is kept',
    );
  }
  // Nothing new on one side: that side's copy of today was there already.
  const report: BackupReport = {
    at: clock.now(),
    day,
    local: written ?? (await earlier(local)),
    mirror:
      mirrored ??
      (options.mirror === undefined
        ? null
        : await earlier(backupFile(join(options.mirror, MIRROR_FOLDER), day))),
  };
  status.record(report);
  return report;
}

/** The time of the newest daily backup in `dir`, or undefined when there is none. */
async function newestBackupTime(dir: string): Promise<number | undefined> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const newest = names
    .filter((name) => NAME.test(name))
    .sort()
    .at(-1);
  return newest === undefined ? undefined : (await stat(join(dir, newest))).mtimeMs;
}

/** Checks every hour (and at start) whether today's backup is due. Returns a stop function. */
export function scheduleBackups(options: BackupOptions, intervalMs = 60 * 60 * 1000): () => void {
  let running = false;
  const tick = (): void => {
    if (running) return;
    running = true;
    backupIfDue(options)
      .catch((error: unknown) => options.logger.error({ err: error }, 'backup failed'))
      .finally(() => {
        running = false;
      });
  };
  // A backup an earlier run wrote counts as the latest success until this run writes one.
  void newestBackupTime(options.dir).then((at) => {
    if (at !== undefined) options.status.knownSuccess(at);
  });
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
