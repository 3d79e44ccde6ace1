import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { serviceDay } from '@aufruf/core';
import type { Clock } from '@aufruf/core';
import type { Store } from '@aufruf/store';
import type { Logger } from 'pino';
import { addDays } from '../stats/calendar-day.ts';

export interface RetentionOptions {
  readonly store: Store;
  /** Ticket details of a day are deleted once more than this many days have passed since it. */
  readonly ticketDays: number;
  readonly timeZone: string;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** What one run deleted. */
export interface RetentionRun {
  readonly before: string;
  readonly days: readonly string[];
  readonly tickets: number;
  readonly events: number;
}

/**
 * Deletes the ticket details that are due (after writing the aggregates of closed days), a few days
 * per transaction with the event loop free in between, so a long backlog never stalls the office.
 */
export async function applyRetention(options: RetentionOptions, signal?: AbortSignal): Promise<RetentionRun> {
  const { store, timeZone } = options;
  const before = addDays(serviceDay(options.clock.now(), timeZone), -options.ticketDays);
  const days: string[] = [];
  let tickets = 0;
  let events = 0;
  // Checked before every batch: after a stop the store may already be closed.
  while (!signal?.aborted) {
    const result = store.pruneTicketDetails({ before, timeZone });
    days.push(...result.days);
    tickets += result.tickets;
    events += result.events;
    if (!result.more) break;
    await yieldToEvents();
  }
  const run: RetentionRun = { before, days, tickets, events };
  if (run.days.length > 0) options.logger.info(run, 'ticket details deleted (retention)');
  return run;
}

/** Runs retention at start and every hour (nothing to do most hours; due days go once a day). Returns a stop function. */
export function scheduleRetention(options: RetentionOptions, intervalMs = 60 * 60 * 1000): () => void {
  const stopped = new AbortController();
  let running = false;
  const tick = (): void => {
    if (running || stopped.signal.aborted) return;
    running = true;
    applyRetention(options, stopped.signal)
      .catch((error: unknown) => options.logger.error({ err: error }, 'retention failed'))
      .finally(() => {
        running = false;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => {
    stopped.abort();
    clearInterval(timer);
  };
}
