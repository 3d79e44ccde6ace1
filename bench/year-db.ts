// A year of an office in a SQLite file, written through the hub's own office code (createOffice:
// decide, changedRows, Store.commit) with a clock that jumps from one office day to the next.
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { manualClock, serviceDay } from '@aufruf/core';
import { createOffice, officeSetup } from '@aufruf/hub';
import type { OfficeConfig } from '@aufruf/hub';
import type { Ack } from '@aufruf/protocol';
import { openStore } from '@aufruf/store';

export interface YearOptions {
  /** Office days, ending yesterday (so the measured start is the next morning's). */
  readonly days: number;
  readonly ticketsPerDay: number;
}

export interface YearSummary {
  readonly days: number;
  readonly tickets: number;
  readonly commands: number;
  readonly seconds: number;
  readonly fileMb: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Tickets left waiting while the day goes on: counters call the next one as each new one is drawn. */
const BACKLOG = 3;
const DAYS_PER_TRANSACTION = 10;

const must = (what: string, reply: Ack<unknown>): void => {
  if (!reply.ok)
    throw new Error(
      `${what} refused while generating the year: ${reply.error.code} ${reply.error.message ?? ''}`,
    );
};

/** Fills the store file with `days` office days of drawn, called and served tickets. */
export function generateYear(file: string, config: OfficeConfig, options: YearOptions): YearSummary {
  const started = performance.now();
  const store = openStore({ file });
  const clock = manualClock(0);
  let ids = 0;
  const setup = officeSetup(config);
  const office = createOffice({
    store,
    setup: () => setup,
    clock,
    newId: () => `year-${++ids}`,
    newToken: () => `year-token-${ids}-${'x'.repeat(12)}`,
    // Only the draw replies carry it; a year of history does not need the forecast.
    outlookOf: () => ({ ahead: 0, estimate: null }),
    onEvents: () => undefined,
  });
  const errandIds = config.errands.map((e) => e.id);
  const placeIds = config.places.map((p) => p.id);
  let commands = 0;
  const rid = (): string => `year-request-${++commands}`;
  // Spread a day's tickets over at most nine hours, so they stay within one calendar day.
  const step = Math.min(120_000, Math.floor((9 * 60 * 60 * 1000) / options.ticketsPerDay));

  /** One counter calls the next ticket and serves it; false when nobody is waiting. */
  const serveOne = (n: number): boolean => {
    const placeId = placeIds[n % placeIds.length] ?? '';
    clock.advance(step / 4);
    const called = office.handle('counter:call-next', { requestId: rid(), placeId });
    if (!called.ok && called.error.code === 'queue-empty') return false;
    must('counter:call-next', called);
    clock.advance(step / 4);
    must('counter:complete', office.handle('counter:complete', { requestId: rid(), placeId }));
    return true;
  };

  try {
    // Ten days per transaction: the hub's per-command transactions join it (generation speed only;
    // the measured hub never sees it).
    for (let first = options.days; first >= 1; first -= DAYS_PER_TRANSACTION) {
      store.transaction(() => {
        for (let back = first; back > Math.max(0, first - DAYS_PER_TRANSACTION); back--) {
          const day = serviceDay(Date.now() - back * DAY_MS, config.office.timeZone);
          // 06:30 UTC: 07:30 or 08:30 in Berlin, opening time.
          const opens = Date.parse(`${day}T06:30:00Z`);
          let served = 0;
          for (let i = 0; i < options.ticketsPerDay; i++) {
            clock.set(opens + i * step);
            const errandId = errandIds[i % errandIds.length] ?? '';
            must('ticket:draw', office.handle('ticket:draw', { requestId: rid(), errandId }));
            if (i >= BACKLOG) serveOne(served++);
          }
          while (serveOne(served++));
        }
      });
    }
  } finally {
    store.close();
  }
  return {
    days: options.days,
    tickets: options.days * options.ticketsPerDay,
    commands,
    seconds: (performance.now() - started) / 1000,
    fileMb: statSync(file).size / 2 ** 20,
  };
}
