import { roundRange } from './estimate-math.ts';
import { QueueProjection } from './estimate-projection.ts';
import type { Projected, ProjectedCall } from './estimate-projection.ts';
import { serviceTimes } from './estimate-service-times.ts';
import type { EstimateOptions, ServiceHistory } from './estimate-service-times.ts';
import type { DomainEvent } from './events.ts';
import { DEFAULT_CLOSING_GRACE_MINUTES } from './model.ts';
import type { OfficeSetup, OfficeState, Ticket } from './model.ts';
import { closingAt } from './opening-hours.ts';

/** A wait as visitors read it: a range in whole 5 minutes, and the model's expectation in minutes. */
export interface WaitEstimate {
  readonly minMinutes: number;
  readonly maxMinutes: number;
  readonly expectedMinutes: number;
  /** Set when the call is expected only after closing time plus the office's grace. */
  readonly pastClosing?: true | undefined;
}

/** How today's queue of one errand fits into the day: what counters and admin see, and the cut-off. */
export interface Capacity {
  /**
   * When the last visitor now waiting is expected to be done (ms since the epoch): now when nobody
   * waits, null when some wait and no staffed place serves them.
   */
  readonly lastDoneAt: number | null;
  /** Closing time plus grace (ms since the epoch); null when the office keeps no hours today. */
  readonly serviceEndsAt: number | null;
  /** A number drawn now would probably be called only after {@link serviceEndsAt}. */
  readonly pastClosing: boolean;
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

/**
 * Outlooks for everyone at once, from one projection of the queue; the hub and the screens read what
 * they need (a figure is worked out when asked, from the projected calls).
 */
export interface Forecast {
  /** Per errand id: a ticket drawn now (kiosk tile before drawing, display strip). */
  readonly newTicket: Readonly<Record<string, Outlook>>;
  /** A waiting ticket of the forecast's state (draw reply, printed ticket, follow page); else undefined. */
  readonly waiting: (ticketId: string) => Outlook | undefined;
  /** Per errand id: when its queue is expected to be through, against closing time. */
  readonly capacity: (errandId: string) => Capacity;
}

// The range is the expectation ± Z standard deviations (about the 10th to 90th percentile)...
const Z = 1.28;
// ...where the deviation also covers what the model does not see: a clerk's break, a transfer, a
// visitor who needs twice as long. It grows with the wait, plus a fixed minute or two.
const UNSEEN_PER_MINUTE = 0.03;
const UNSEEN_FIXED = 1.5;

const MINUTE = 60_000;

/** Closing time plus grace, ms since the epoch; null when the office keeps no hours today. */
function serviceEnd(setup: OfficeSetup, now: number): number | null {
  const closing = closingAt(setup, now);
  return closing === null
    ? null
    : closing + (setup.closingGraceMinutes ?? DEFAULT_CLOSING_GRACE_MINUTES) * MINUTE;
}

class ProjectedForecast implements Forecast {
  private newTickets: Record<string, Outlook> | undefined;
  /** Minutes from the projection's start until service ends; null: no hours today. */
  readonly endMinutes: number | null;

  /** `endMinutes` is passed on by a forecast extended from this one (the same moment, the same setup). */
  constructor(
    readonly projection: QueueProjection,
    endMinutes?: number | null,
  ) {
    if (endMinutes !== undefined) this.endMinutes = endMinutes;
    else {
      const end = serviceEnd(projection.setup, projection.now);
      this.endMinutes = end === null ? null : (end - projection.now) / MINUTE;
    }
  }

  private toEstimate(p: ProjectedCall): WaitEstimate {
    const sd = Math.sqrt(p.variance + (UNSEEN_PER_MINUTE * p.minutes) ** 2 + UNSEEN_FIXED ** 2);
    const range = roundRange(p.minutes - Z * sd, p.minutes + Z * sd);
    const late = this.endMinutes !== null && p.minutes > this.endMinutes;
    return { ...range, expectedMinutes: Math.round(p.minutes), ...(late ? { pastClosing: true } : {}) };
  }

  private toOutlook(p: Projected): Outlook {
    return { ahead: p.ahead, estimate: p.call ? this.toEstimate(p.call) : null };
  }

  get newTicket(): Readonly<Record<string, Outlook>> {
    if (!this.newTickets) {
      this.newTickets = {};
      for (const errand of this.projection.setup.errands) {
        this.newTickets[errand.id] = this.toOutlook(this.projection.newTicket(errand.id));
      }
    }
    return this.newTickets;
  }

  private readonly capacities = new Map<string, Capacity>();

  readonly capacity = (errandId: string): Capacity => {
    let capacity = this.capacities.get(errandId);
    if (!capacity) {
      const { now } = this.projection;
      const lastDone = this.projection.lastDone(errandId);
      const end = this.endMinutes;
      capacity = {
        lastDoneAt: lastDone === null ? null : now + Math.round(lastDone) * MINUTE,
        serviceEndsAt: end === null ? null : now + end * MINUTE,
        pastClosing: this.newTicket[errandId]?.estimate?.pastClosing === true,
      };
      this.capacities.set(errandId, capacity);
    }
    return capacity;
  };

  // A forecast's figures never change: each is worked out once (every phone of a ticket asks after a call).
  private readonly outlooks = new Map<string, Outlook | undefined>();

  readonly waiting = (ticketId: string): Outlook | undefined => {
    if (this.outlooks.has(ticketId)) return this.outlooks.get(ticketId);
    const projected = this.projection.waiting(ticketId);
    const outlook = projected && this.toOutlook(projected);
    this.outlooks.set(ticketId, outlook);
    return outlook;
  };
}

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
  const times = serviceTimes(state, history, options);
  return new ProjectedForecast(QueueProjection.of(state, { setup, times, now, options }));
}

/**
 * The forecast of `next`, reached from the previous forecast's state by `events`, without replaying the
 * queue: when the events only drew walk-in tickets that join the end of the queue, the figures are the
 * same as {@link forecast}(next, …) at the previous forecast's time (nothing that service times depend
 * on has changed). Null when that does not hold; then ask {@link forecast}.
 */
export function forecastAfter(
  previous: Forecast,
  next: OfficeState,
  events: readonly DomainEvent[],
): Forecast | null {
  if (!(previous instanceof ProjectedForecast)) return null;
  const drawn: Ticket[] = [];
  for (const event of events) {
    if (event.type !== 'TicketDrawn') return null;
    drawn.push(event.ticket);
  }
  const projection = previous.projection.extend(next, drawn);
  return projection && new ProjectedForecast(projection, previous.endMinutes);
}
