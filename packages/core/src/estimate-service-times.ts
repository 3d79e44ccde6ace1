import type { OfficeState, Ticket } from './model.ts';

/** Service times of past days per errand id, computed by the hub from the store (or by a simulator). */
export interface ServiceHistory {
  readonly [errandId: string]: {
    readonly meanMinutes: number;
    readonly samples: number;
    /** Spread as coefficient of variation (sd / mean); left out, {@link DEFAULT_CV} is assumed. */
    readonly cv?: number | undefined;
  };
}

/** What the estimator knows of one errand's service: today's samples folded into history. */
export interface ServiceStats {
  readonly meanMinutes: number;
  /** History samples plus today's; few samples widen the shown ranges. */
  readonly samples: number;
  readonly cv: number;
}

/** Service-time statistics as the estimator uses them; `errands` can be stored as tomorrow's history. */
export interface ServiceTimes {
  readonly errands: Readonly<Record<string, ServiceStats>>;
  /** Share of called tickets whose visitor did not come. */
  readonly noShowRate: number;
  /** How long a no-show holds a place: the first call until the clerk gives up. */
  readonly noShowMinutes: number;
}

/** Tuning knobs; every one has a documented default, so callers usually pass nothing. */
export interface EstimateOptions {
  /** Mean service time of an errand nobody has data on yet (no history, nothing served today). */
  readonly defaultServiceMinutes?: number;
  /** How long a no-show holds a place when today has none yet: about the recall timeout. */
  readonly defaultNoShowMinutes?: number;
}

/** Assumed mean when nothing is known yet: a typical errand at a German citizens' office. */
export const DEFAULT_SERVICE_MINUTES = 8;
/** A clerk calls, recalls once, and gives up after about two minutes. */
export const DEFAULT_NO_SHOW_MINUTES = 2;
/** Assumed spread of service times (sd / mean) until samples say otherwise. */
export const DEFAULT_CV = 0.5;
const DEFAULT_NO_SHOW_RATE = 0.05;

// History counts as at most this many samples, so today's first served tickets already move the mean:
// a different clerk or a new form changes service times from one day to the next.
const PRIOR_WEIGHT = 10;
// The running mean turns into an exponentially weighted one at this weight, so the estimate follows
// the morning (clerks speed up when the queue is long) instead of averaging it away.
const MIN_ALPHA = 0.05;
// The default spread counts as this many samples.
const CV_PRIOR_WEIGHT = 5;
// No-show rate prior, counted as this many called tickets.
const NO_SHOW_PRIOR_WEIGHT = 20;
const MINUTE = 60_000;

const durationMinutes = (t: Ticket): number | null =>
  t.firstCalledAt === null || t.finishedAt === null ? null : (t.finishedAt - t.firstCalledAt) / MINUTE;

/**
 * Service-time statistics of today's finished tickets (first call → finished, in finishing order)
 * combined with past days' history: an exponentially weighted mean and spread per errand, seeded
 * by the history (or by the default mean), plus today's no-show rate and no-show duration.
 */
export function serviceTimes(
  state: OfficeState,
  history: ServiceHistory,
  options: EstimateOptions = {},
): ServiceTimes {
  const defaultMean = options.defaultServiceMinutes ?? DEFAULT_SERVICE_MINUTES;
  const finished = [...state.tickets.values()]
    .filter((t) => t.status === 'served' || t.status === 'no-show')
    .sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0));

  const running = new Map<string, { mean: number; variance: number; weight: number; samples: number }>();
  const start = (errandId: string) => {
    const past = history[errandId];
    const mean = past && past.meanMinutes > 0 ? past.meanMinutes : defaultMean;
    const samples = past ? Math.max(0, past.samples) : 0;
    const cv = past?.cv ?? DEFAULT_CV;
    const entry = { mean, variance: (cv * mean) ** 2, weight: Math.min(samples, PRIOR_WEIGHT), samples };
    running.set(errandId, entry);
    return entry;
  };
  for (const errandId of Object.keys(history)) start(errandId);

  let noShows = 0;
  let noShowTotal = 0;
  let called = 0;
  for (const ticket of finished) {
    const minutes = durationMinutes(ticket);
    if (minutes === null) continue;
    called++;
    if (ticket.status === 'no-show') {
      noShows++;
      noShowTotal += minutes;
      continue;
    }
    const entry = running.get(ticket.errandId) ?? start(ticket.errandId);
    entry.weight++;
    entry.samples++;
    // West's exponentially weighted mean and variance; alpha = 1/weight is a plain mean at first.
    const alpha = Math.max(1 / entry.weight, MIN_ALPHA);
    const diff = minutes - entry.mean;
    entry.mean += alpha * diff;
    entry.variance = (1 - alpha) * (entry.variance + alpha * diff * diff);
  }

  const errands: Record<string, ServiceStats> = {};
  for (const [errandId, e] of running) {
    // A spread measured from a handful of samples is noise: lean on the default until there are more.
    const measured = Math.sqrt(e.variance) / e.mean;
    const cv = (measured * e.weight + DEFAULT_CV * CV_PRIOR_WEIGHT) / (e.weight + CV_PRIOR_WEIGHT);
    errands[errandId] = { meanMinutes: e.mean, samples: e.samples, cv };
  }
  return {
    errands,
    noShowRate: (noShows + DEFAULT_NO_SHOW_RATE * NO_SHOW_PRIOR_WEIGHT) / (called + NO_SHOW_PRIOR_WEIGHT),
    noShowMinutes:
      noShows > 0 ? noShowTotal / noShows : (options.defaultNoShowMinutes ?? DEFAULT_NO_SHOW_MINUTES),
  };
}

/** The statistics of one errand, or the documented default when nothing is known about it. */
export function statsFor(times: ServiceTimes, errandId: string, options: EstimateOptions = {}): ServiceStats {
  return (
    times.errands[errandId] ?? {
      meanMinutes: options.defaultServiceMinutes ?? DEFAULT_SERVICE_MINUTES,
      samples: 0,
      cv: DEFAULT_CV,
    }
  );
}
