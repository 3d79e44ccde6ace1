import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { serviceDay } from '@aufruf/core';
import type { Clock } from '@aufruf/core';
import type { Store } from '@aufruf/store';
import type { Logger } from 'pino';

const NAME = /^aufruf-(\d{4}-\d{2}-\d{2})\.sqlite$/;

export interface BackupOptions {
  readonly store: Store;
  readonly dir: string;
  /** How many daily backups to keep; older ones are deleted. */
  readonly keep: number;
  readonly timeZone: string;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** The file of one day's backup. */
export const backupFile = (dir: string, day: string): string => join(dir, `aufruf-${day}.sqlite`);

/** Makes today's backup if there is none yet, then deletes all but the newest `keep`. */
export async function backupIfDue(options: BackupOptions): Promise<string | null> {
  const { dir, keep, store } = options;
  await mkdir(dir, { recursive: true });
  const day = serviceDay(options.clock.now(), options.timeZone);
  const existing = (await readdir(dir)).filter((f) => NAME.test(f)).sort();
  let made: string | null = null;
  if (!existing.includes(`aufruf-${day}.sqlite`)) {
    made = backupFile(dir, day);
    // Write under a temporary name first: a half-written file must never look like a backup.
    const partial = `${made}.partial`;
    await store.backup(partial);
    await rename(partial, made);
    existing.push(`aufruf-${day}.sqlite`);
    existing.sort();
    options.logger.info({ file: made }, 'backup written');
  }
  for (const old of existing.slice(0, Math.max(0, existing.length - keep))) {
    await rm(join(dir, old), { force: true });
  }
  return made;
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
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
