import { roundRange } from './estimate-math.ts';
import { projectQueue } from './estimate-projection.ts';
import type { Projected, ProjectedCall } from './estimate-projection.ts';
import { serviceTimes } from './estimate-service-times.ts';
import type { EstimateOptions, ServiceHistory } from './estimate-service-times.ts';
import type { OfficeSetup, OfficeState } from './model.ts';

/** A wait as visitors read it: a range in whole 5 minutes, and the model's expectation in minutes. */
export interface WaitEstimate {
  readonly minMinutes: number;
  readonly maxMinutes: number;
  readonly expectedMinutes: number;
}

/**
 * What a visitor is told about their place in the queue: how many people will be called first by the
 * places that serve them (in the office's calling order, of any errand), and the expected wait.
 */
export interface Outlook {
  readonly ahead: number;
  /** Null when no place serves the visitor now. */
  readonly estimate: WaitEstimate | null;
}

/** Outlooks for everyone at once: the hub and the screens compute both in one pass. */
export interface Forecast {
  /** Per errand id: a ticket drawn now (kiosk tile before drawing, display strip). */
  readonly newTicket: Readonly<Record<string, Outlook>>;
  /** Per waiting ticket id (draw reply, printed ticket, follow page). */
  readonly waiting: Readonly<Record<string, Outlook>>;
}

// The range is the expectation ± Z standard deviations (about the 10th to 90th percentile)...
const Z = 1.28;
// ...where the deviation also covers what the model does not see: a clerk's break, a transfer, a
// visitor who needs twice as long. It grows with the wait, plus a fixed minute or two.
const UNSEEN_PER_MINUTE = 0.03;
const UNSEEN_FIXED = 1.5;

const toEstimate = (p: ProjectedCall): WaitEstimate => {
  const sd = Math.sqrt(p.variance + (UNSEEN_PER_MINUTE * p.minutes) ** 2 + UNSEEN_FIXED ** 2);
  return { ...roundRange(p.minutes - Z * sd, p.minutes + Z * sd), expectedMinutes: Math.round(p.minutes) };
};

const toOutlook = (p: Projected): Outlook => ({
  ahead: p.ahead,
  estimate: p.call ? toEstimate(p.call) : null,
});

/**
 * Position and expected wait of every waiting ticket and of a ticket drawn now, from one projection
 * of the office's calling rules over today's queue: which place serves what (a paused one from when it
 * is expected back), the tickets being served now and service times (today's, seeded by history).
 * Every figure a visitor reads comes from here. Pure and O(waiting tickets × (places + errands));
 * `now` is ms since the epoch.
 */
export function forecast(
  state: OfficeState,
  setup: OfficeSetup,
  history: ServiceHistory,
  now: number,
  options: EstimateOptions = {},
): Forecast {
  const projection = projectQueue(state, setup, serviceTimes(state, history, options), now, options);
  const newTicket: Record<string, Outlook> = {};
  for (const errand of setup.errands) {
    const p = projection.newTicket.get(errand.id);
    newTicket[errand.id] = p ? toOutlook(p) : { ahead: 0, estimate: null };
  }
  const waiting: Record<string, Outlook> = {};
  for (const [ticketId, p] of projection.waiting) waiting[ticketId] = toOutlook(p);
  return { newTicket, waiting };
}
