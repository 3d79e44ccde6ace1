import { roundRange } from './estimate-math.ts';
import { projectQueue } from './estimate-projection.ts';
import type { Projected } from './estimate-projection.ts';
import { serviceTimes } from './estimate-service-times.ts';
import type { EstimateOptions, ServiceHistory } from './estimate-service-times.ts';
import type { OfficeSetup, OfficeState } from './model.ts';

/** A wait as visitors read it: a range in whole 5 minutes, and the model's expectation in minutes. */
export interface WaitEstimate {
  readonly minMinutes: number;
  readonly maxMinutes: number;
  readonly expectedMinutes: number;
}

/** Estimates for everyone at once: the hub computes both after every change in one pass. */
export interface WaitEstimates {
  /** Per errand id: a ticket drawn now (kiosk before drawing, display); null if no place serves it. */
  readonly newTicket: Readonly<Record<string, WaitEstimate | null>>;
  /** Per waiting ticket id (printed ticket, follow page); null if no place can call it. */
  readonly waiting: Readonly<Record<string, WaitEstimate | null>>;
}

// The range is the expectation ± Z standard deviations (about the 10th to 90th percentile)...
const Z = 1.28;
// ...where the deviation also covers what the model does not see: a clerk's break, a transfer, a
// visitor who needs twice as long. It grows with the wait, plus a fixed minute or two.
const UNSEEN_PER_MINUTE = 0.03;
const UNSEEN_FIXED = 1.5;

const toEstimate = (p: Projected): WaitEstimate => {
  const sd = Math.sqrt(p.variance + (UNSEEN_PER_MINUTE * p.minutes) ** 2 + UNSEEN_FIXED ** 2);
  return { ...roundRange(p.minutes - Z * sd, p.minutes + Z * sd), expectedMinutes: Math.round(p.minutes) };
};

/**
 * Expected waits from what the hub knows: the queue in calling order, which place serves what (a
 * paused one from when it is expected back), the tickets being served now and service times
 * (today's, seeded by history).
 * Pure and O(waiting tickets × (places + errands)); `now` is ms since the epoch.
 */
export function estimateWaits(
  state: OfficeState,
  setup: OfficeSetup,
  history: ServiceHistory,
  now: number,
  options: EstimateOptions = {},
): WaitEstimates {
  const projection = projectQueue(state, setup, serviceTimes(state, history, options), now, options);
  const newTicket: Record<string, WaitEstimate | null> = {};
  for (const errand of setup.errands) {
    const p = projection.newTicket.get(errand.id);
    newTicket[errand.id] = p ? toEstimate(p) : null;
  }
  const waiting: Record<string, WaitEstimate | null> = {};
  for (const [ticketId, p] of projection.waiting) waiting[ticketId] = p ? toEstimate(p) : null;
  return { newTicket, waiting };
}

/** For a ticket drawn now, per errand id (shown on the kiosk before drawing and on the display). */
export function estimateNewTicket(
  state: OfficeState,
  setup: OfficeSetup,
  history: ServiceHistory,
  now: number,
  options: EstimateOptions = {},
): Readonly<Record<string, WaitEstimate | null>> {
  return estimateWaits(state, setup, history, now, options).newTicket;
}

/** For every waiting ticket, per ticket id (printed on the ticket, shown on the follow page). */
export function estimateWaitingTickets(
  state: OfficeState,
  setup: OfficeSetup,
  history: ServiceHistory,
  now: number,
  options: EstimateOptions = {},
): Readonly<Record<string, WaitEstimate | null>> {
  return estimateWaits(state, setup, history, now, options).waiting;
}
