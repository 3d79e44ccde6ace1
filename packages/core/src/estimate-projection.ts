// The wait model: a mean-value projection of the office's own calling rule. Every open place calls,
// when free, the oldest waiting ticket among the errands it serves (nextTicketFor). Replaying that rule
// once over today's queue with expected service times gives each ticket the minute it will be called,
// and each place the minute it runs out of work. Because calling is first-come-first-served, visitors
// who draw later never move an earlier ticket back, so nothing about future arrivals is needed; and a
// place serving several errands splits its time between them exactly as the queue's order does,
// rather than by some assumed share.
import { residualMinutes } from './estimate-math.ts';
import { DEFAULT_PAUSE_MINUTES, statsFor } from './estimate-service-times.ts';
import type { EstimateOptions, ServiceTimes } from './estimate-service-times.ts';
import type { OfficeSetup, OfficeState, PlaceState, Ticket } from './model.ts';
import { rulesOf } from './calling-order.ts';
import { servesTicket, waitingTickets } from './queue.ts';

/** A projected call: minutes from now, and the variance of that figure (minutes²). */
export interface ProjectedCall {
  readonly minutes: number;
  readonly variance: number;
}

/**
 * Where one visitor stands: how many people the places that can call them will call first, and when
 * their own call is expected (null when no place, open or paused, can call them).
 */
export interface Projected {
  readonly ahead: number;
  readonly call: ProjectedCall | null;
}

export interface Projection {
  /** Per errand id: a ticket drawn now. */
  readonly newTicket: ReadonlyMap<string, Projected>;
  /** Per waiting ticket id. */
  readonly waiting: ReadonlyMap<string, Projected>;
}

/** One open place as the projection advances it. */
interface Lane {
  readonly place: PlaceState;
  /** Position in the setup's list of places: ties in time go to the earlier place. */
  readonly index: number;
  /** The queues this place calls from: its errands' and the tickets transferred to it. */
  readonly queues: Queue[];
  /** Minutes from now when it is free to call. */
  free: number;
  /** Variance of `free` from the spread of single services (independent, so variances add). */
  variance: number;
  /** Error of `free` from wrong mean service times (the same error every time, so it adds linearly). */
  meanError: number;
}

interface Queue {
  readonly items: { readonly ticket: Ticket; readonly order: number }[];
  head: number;
}

interface Cost {
  readonly mean: number;
  readonly variance: number;
  readonly meanError: number;
}

// A mean service time is never known better than this: clerks and cases change during a morning.
const MEAN_DRIFT = 0.03;
// An exponentially weighted mean remembers about this many samples (see serviceTimes' MIN_ALPHA).
const MEMORY_SAMPLES = 40;
const MINUTE = 60_000;

/** Projects the queue; see the file comment. O(waiting tickets × (places + errands)). */
export function projectQueue(
  state: OfficeState,
  setup: OfficeSetup,
  times: ServiceTimes,
  now: number,
  options: EstimateOptions = {},
): Projection {
  const costs = new Map<string, Cost>();
  const costOf = (errandId: string): Cost => {
    let cost = costs.get(errandId);
    if (!cost) {
      cost = serviceCost(times, errandId, options);
      costs.set(errandId, cost);
    }
    return cost;
  };

  // The calling rules' order (appointments, priority tickets), so estimates follow the real calls.
  const waiting = waitingTickets(state, rulesOf(setup));
  const byErrand = new Map<string, Queue>();
  const byTarget = new Map<string, Queue>();
  waiting.forEach((ticket, order) => {
    const [map, key] =
      ticket.targetPlaceId === null ? [byErrand, ticket.errandId] : [byTarget, ticket.targetPlaceId];
    let queue = map.get(key);
    if (!queue) {
      queue = { items: [], head: 0 };
      map.set(key, queue);
    }
    queue.items.push({ ticket, order });
  });

  const pauseMinutes = options.pauseMinutes ?? DEFAULT_PAUSE_MINUTES;
  const lanes: Lane[] = [];
  for (const { id } of setup.places) {
    const place = state.places[id];
    if (!place || (place.paused && !Number.isFinite(pauseMinutes))) continue;
    const queues = place.errandIds.flatMap((e) => byErrand.get(e) ?? []);
    const targeted = byTarget.get(id);
    if (targeted) queues.push(targeted);
    // A paused place holds no ticket (decide refuses a pause while busy); it comes back later.
    const start = place.paused
      ? { mean: pauseMinutes, variance: (pauseMinutes / 2) ** 2 }
      : currentService(state, place, times, now, options);
    lanes.push({
      place,
      index: lanes.length,
      queues,
      free: start.mean,
      variance: start.variance,
      meanError: 0,
    });
  }

  const pooled = (pool: readonly Lane[]): number => {
    let variance = 0;
    let meanError = 0;
    for (const lane of pool) {
      variance += lane.variance;
      meanError += lane.meanError;
    }
    return variance / pool.length ** 2 + (meanError / pool.length) ** 2;
  };
  const pools = new Map<string, Lane[]>();
  const poolOf = (ticket: Ticket): Lane[] => {
    const key = ticket.targetPlaceId === null ? `e:${ticket.errandId}` : `p:${ticket.targetPlaceId}`;
    let pool = pools.get(key);
    if (!pool) {
      pool = lanes.filter((lane) => servesTicket(lane.place, ticket));
      pools.set(key, pool);
    }
    return pool;
  };

  // The projected calls in the order they happen: by time, then by the place's position (the loop
  // below picks the place that frees first, ties to the earlier one).
  const calls: { readonly lane: Lane; readonly ticket: Ticket; readonly minutes: number }[] = [];
  const projected = new Map<string, ProjectedCall>();
  let open = lanes.filter((lane) => lane.queues.length > 0);
  for (;;) {
    // The place that frees first calls next (ties: the order of the configuration).
    let lane = open[0];
    if (!lane) break;
    for (const other of open) if (other.free < lane.free) lane = other;
    let queue: Queue | undefined;
    for (const q of lane.queues) {
      const head = q.items[q.head];
      if (head && (!queue || head.order < (queue.items[queue.head]?.order ?? Infinity))) queue = q;
    }
    const item = queue?.items[queue.head];
    if (!queue || !item) {
      // Nothing left that this place serves: it keeps its free time for tickets drawn from now on.
      open = open.filter((other) => other !== lane);
      continue;
    }
    queue.head++;
    calls.push({ lane, ticket: item.ticket, minutes: lane.free });
    projected.set(item.ticket.id, { minutes: lane.free, variance: pooled(poolOf(item.ticket)) });
    const cost = costOf(item.ticket.errandId);
    lane.free += cost.mean;
    lane.variance += cost.variance;
    lane.meanError += cost.meanError;
  }

  // "Ahead" is what the places able to call a visitor will call first: every call of theirs before the
  // visitor's own, of any errand. Counted in one pass, with one running count per pool of places.
  const poolKeys = new Map<Lane, string[]>();
  const counts = new Map<string, number>();
  const keyOf = (ticket: Ticket): string =>
    ticket.targetPlaceId === null ? `e:${ticket.errandId}` : `p:${ticket.targetPlaceId}`;
  for (const ticket of waiting) {
    const key = keyOf(ticket);
    if (counts.has(key)) continue;
    counts.set(key, 0);
    for (const lane of poolOf(ticket)) poolKeys.set(lane, [...(poolKeys.get(lane) ?? []), key]);
  }
  const result = new Map<string, Projected>();
  for (const { lane, ticket } of calls) {
    const key = keyOf(ticket);
    result.set(ticket.id, { ahead: counts.get(key) ?? 0, call: projected.get(ticket.id) ?? null });
    for (const k of poolKeys.get(lane) ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // Nobody can call these now: "ahead" falls back to the calling order within their errand.
  const unserved = new Map<string, number>();
  for (const ticket of waiting) {
    if (result.has(ticket.id)) continue;
    const before = unserved.get(ticket.errandId) ?? 0;
    unserved.set(ticket.errandId, before + 1);
    result.set(ticket.id, { ahead: before, call: null });
  }

  // A ticket drawn now is last in the calling order: the first of its places to run out of work calls
  // it, after every call those places make before that moment.
  const newTicket = new Map<string, Projected>();
  for (const errand of setup.errands) {
    const pool = lanes.filter((lane) => lane.place.errandIds.includes(errand.id));
    let first: Lane | undefined;
    for (const lane of pool) if (!first || lane.free < first.free) first = lane;
    if (!first) {
      const ahead = waiting.filter((t) => t.errandId === errand.id && t.targetPlaceId === null).length;
      newTicket.set(errand.id, { ahead, call: null });
      continue;
    }
    const by = first;
    const ahead = calls.filter(
      (c) =>
        pool.includes(c.lane) &&
        (c.lane === by || c.minutes < by.free || (c.minutes === by.free && c.lane.index < by.index)),
    ).length;
    newTicket.set(errand.id, { ahead, call: { minutes: by.free, variance: pooled(pool) } });
  }
  return { newTicket, waiting: result };
}

/** What one waiting ticket of an errand costs a place: a visit, or now and then a short no-show. */
function serviceCost(times: ServiceTimes, errandId: string, options: EstimateOptions): Cost {
  const { meanMinutes: m, cv, samples } = statsFor(times, errandId, options);
  const r = times.noShowRate;
  const ns = times.noShowMinutes;
  const relativeError = cv / Math.sqrt(Math.min(samples, MEMORY_SAMPLES) + 1) + MEAN_DRIFT;
  return {
    mean: (1 - r) * m + r * ns,
    variance: (1 - r) * (cv * m) ** 2 + r * (1 - r) * (m - ns) ** 2,
    meanError: (1 - r) * m * relativeError,
  };
}

/** Expected remaining minutes (and variance) of the ticket a place is serving now; 0 when idle. */
function currentService(
  state: OfficeState,
  place: PlaceState,
  times: ServiceTimes,
  now: number,
  options: EstimateOptions,
): { mean: number; variance: number } {
  const ticket = place.ticketId === null ? undefined : state.tickets.get(place.ticketId);
  if (ticket?.status !== 'called') return { mean: 0, variance: 0 };
  const { meanMinutes, cv } = statsFor(times, ticket.errandId, options);
  const elapsed = Math.max(0, (now - (ticket.firstCalledAt ?? now)) / MINUTE);
  const noShowLeft = Math.max(0, times.noShowMinutes - elapsed);
  // A recalled number usually means nobody came: the clerk gives up at the no-show timeout.
  if (ticket.calls > 1) return { mean: noShowLeft, variance: (noShowLeft / 2) ** 2 };
  const served = residualMinutes(meanMinutes, cv, elapsed);
  const r = noShowLeft > 0 ? times.noShowRate : 0;
  const mean = (1 - r) * served + r * noShowLeft;
  return { mean, variance: (cv * mean) ** 2 };
}
