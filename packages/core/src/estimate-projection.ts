// The wait model: a mean-value projection of the office's own calling rule. Every open place calls,
// when free, the first waiting ticket by the calling rules among the errands it serves (nextTicketFor).
// Replaying that rule once over today's queue with expected service times gives each ticket the minute
// it will be called, and each place the minute it runs out of work. Because calling follows the queue,
// a ticket that joins at the end never moves an earlier one back, so nothing about future arrivals is
// needed; and a place serving several errands splits its time between them exactly as the queue's
// order does, rather than by some assumed share.
//
// The replay keeps, per place, the log of its projected calls (when, and the spread accumulated so far).
// A visitor's figures are read from those logs on demand: "ahead" is every call the places able to call
// them make first, the spread is theirs at that moment. A ticket drawn at the end of the queue is one
// more entry in one log (see extend), so the hub answers a draw without replaying the whole day.
import { kindOf, rulesOf } from './calling-order.ts';
import { residualMinutes } from './estimate-math.ts';
import { statsFor } from './estimate-service-times.ts';
import type { EstimateOptions, ServiceTimes } from './estimate-service-times.ts';
import type { OfficeSetup, OfficeState, PlaceState, Ticket } from './model.ts';
import { byQueueOrder, waitingTickets } from './queue.ts';

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

/** What the projection needs besides the state; fixed for a projection and everything extended from it. */
export interface ProjectionInput {
  readonly setup: OfficeSetup;
  readonly times: ServiceTimes;
  /** ms since the epoch. */
  readonly now: number;
  readonly options?: EstimateOptions | undefined;
}

/** One place able to call, and the log of the calls the projection expects from it. */
interface Lane {
  readonly place: PlaceState;
  /** Position among the lanes (the setup's order of places): ties in time go to the earlier one. */
  readonly index: number;
  readonly startFree: number;
  readonly startVariance: number;
  // Per projected call, in time order: the ticket, when it is called, and the lane's figures after it.
  readonly ids: string[];
  readonly at: number[];
  readonly freeAfter: number[];
  readonly varianceAfter: number[];
  /** Error from wrong mean service times: the same error every time, so it adds linearly. */
  readonly meanErrorAfter: number[];
}

interface Cost {
  readonly mean: number;
  readonly variance: number;
  readonly meanError: number;
}

type Placement =
  | { readonly lane: number; readonly k: number; readonly pool: string }
  | { readonly lane: null; readonly ahead: number };

/** Shared by a projection and every projection extended from it. */
interface Context extends ProjectionInput {
  readonly lanes: readonly Lane[];
  readonly costs: Map<string, Cost>;
  readonly pools: Map<string, readonly Lane[]>;
  /** Where each projected ticket stands; only ever added to (ticket ids are never reused). */
  readonly placed: Map<string, Placement>;
}

// A mean service time is never known better than this: clerks and cases change during a morning.
const MEAN_DRIFT = 0.03;
// An exponentially weighted mean remembers about this many samples (see serviceTimes' MIN_ALPHA).
const MEMORY_SAMPLES = 40;
const MINUTE = 60_000;

const poolKey = (ticket: Ticket): string =>
  ticket.targetPlaceId === null ? `e:${ticket.errandId}` : `p:${ticket.targetPlaceId}`;

/** The projected queue of one state. Immutable to its users; see the file comment. */
export class QueueProjection {
  private constructor(
    readonly state: OfficeState,
    private readonly ctx: Context,
    /** How many calls of each lane's log belong to this state (logs are shared with extensions). */
    private readonly counts: readonly number[],
    /** Waiting tickets nobody can call now, per errand. */
    private readonly unserved: ReadonlyMap<string, number>,
    /** The last waiting ticket in calling order. */
    private readonly last: Ticket | undefined,
  ) {}

  get setup(): OfficeSetup {
    return this.ctx.setup;
  }

  /** The moment the projection starts from (ms since the epoch). */
  get now(): number {
    return this.ctx.now;
  }

  /** Replays the calling rule over the whole queue: O(waiting tickets × (places + errands)). */
  static of(state: OfficeState, input: ProjectionInput): QueueProjection {
    const { setup, times, now, options = {} } = input;
    const waiting = waitingTickets(state, rulesOf(setup));
    const lanes: Lane[] = [];
    for (const { id } of setup.places) {
      const place = state.places[id];
      // Only a place with a clerk calls; one paused "bis auf Weiteres" is not counted on either.
      if (!place?.staffed || (place.paused && place.backAt === null)) continue;
      // A paused place holds no ticket (decide refuses a pause while busy); it is back when the clerk
      // said, give or take a quarter of the pause (a pause already overrun ends any minute).
      const start = place.paused
        ? pauseLeft(place.backAt ?? now, now)
        : currentService(state, place, times, now, options);
      lanes.push({
        place,
        index: lanes.length,
        startFree: start.mean,
        startVariance: start.variance,
        ids: [],
        at: [],
        freeAfter: [],
        varianceAfter: [],
        meanErrorAfter: [],
      });
    }
    const ctx: Context = { ...input, lanes, costs: new Map(), pools: new Map(), placed: new Map() };
    const counts = lanes.map(() => 0);
    replay(ctx, counts, waiting);

    // Nobody can call these now: "ahead" falls back to the calling order within their errand.
    const unserved = new Map<string, number>();
    for (const ticket of waiting) {
      if (ctx.placed.has(ticket.id)) continue;
      const ahead = unserved.get(ticket.errandId) ?? 0;
      ctx.placed.set(ticket.id, { lane: null, ahead });
      unserved.set(ticket.errandId, ahead + 1);
    }
    return new QueueProjection(state, ctx, counts, unserved, waiting.at(-1));
  }

  /**
   * The projection of `next`, which is this state plus walk-in tickets drawn just now, or null when
   * they do not simply join the end of the queue (priority or appointment tickets, a transfer, a queue
   * that ends in a priority ticket the rules let go first). O(places · log calls) per ticket; the
   * result equals {@link QueueProjection.of}(next) (see estimate-projection.test.ts).
   */
  extend(next: OfficeState, drawn: readonly Ticket[]): QueueProjection | null {
    if (next.places !== this.state.places || next.calls !== this.state.calls || next.day !== this.state.day) {
      return null;
    }
    const rules = rulesOf(this.ctx.setup);
    let last = this.last;
    // With interleaving, a priority ticket at the end lets the next walk-in go first.
    if (last && rules.priority === 'interleave' && kindOf(last) === 'priority') return null;
    const counts = [...this.counts];
    let unserved = this.unserved;
    for (const ticket of drawn) {
      const joinsAtEnd =
        ticket.status === 'waiting' &&
        kindOf(ticket) === 'normal' &&
        ticket.targetPlaceId === null &&
        (last === undefined || byQueueOrder(last, ticket) < 0);
      if (!joinsAtEnd || next.tickets.get(ticket.id) !== ticket) return null;
      const pool = poolOf(this.ctx, poolKey(ticket));
      const by = firstFree(pool, counts);
      if (by) {
        const k = counts[by.index] ?? 0;
        // Another extension of the same projection wrote this log further: replay instead.
        if (by.ids.length !== k) return null;
        append(this.ctx, by, k, ticket);
        counts[by.index] = k + 1;
      } else {
        const ahead = unserved.get(ticket.errandId) ?? 0;
        this.ctx.placed.set(ticket.id, { lane: null, ahead });
        unserved = new Map(unserved).set(ticket.errandId, ahead + 1);
      }
      last = ticket;
    }
    return new QueueProjection(next, this.ctx, counts, unserved, last);
  }

  /** Where a waiting ticket of this state stands; undefined for any other ticket. */
  waiting(ticketId: string): Projected | undefined {
    if (this.state.tickets.get(ticketId)?.status !== 'waiting') return undefined;
    const placed = this.ctx.placed.get(ticketId);
    if (!placed) return undefined;
    if (placed.lane === null) return { ahead: placed.ahead, call: null };
    const lane = this.ctx.lanes[placed.lane];
    const minutes = lane?.at[placed.k];
    if (!lane || minutes === undefined) return undefined;
    return this.standing(poolOf(this.ctx, placed.pool), lane, placed.k, minutes);
  }

  /**
   * When the last waiting visitor of this errand is expected to be done, in minutes from now: 0 when
   * none waits, null when some wait and no place can call them.
   */
  lastDone(errandId: string): number | null {
    let last = 0;
    for (const ticket of this.state.tickets.values()) {
      if (ticket.status !== 'waiting' || ticket.errandId !== errandId) continue;
      const placed = this.ctx.placed.get(ticket.id);
      if (!placed || placed.lane === null) return null;
      const at = this.ctx.lanes[placed.lane]?.at[placed.k];
      if (at === undefined) return null;
      last = Math.max(last, at + costOf(this.ctx, errandId).mean);
    }
    return last;
  }

  /**
   * A ticket of this errand drawn now: last in the calling order, so the first of its places to run out
   * of work calls it, after every call those places make before that moment.
   */
  newTicket(errandId: string): Projected {
    const pool = poolOf(this.ctx, `e:${errandId}`);
    const by = firstFree(pool, this.counts);
    if (!by) return { ahead: this.unserved.get(errandId) ?? 0, call: null };
    const k = this.counts[by.index] ?? 0;
    return this.standing(pool, by, k, freeOf(by, k));
  }

  /** The call of `lane`'s k-th ticket at `minutes`: the calls of the pool before it, and the spread then. */
  private standing(pool: readonly Lane[], lane: Lane, k: number, minutes: number): Projected {
    let ahead = 0;
    let variance = 0;
    let meanError = 0;
    for (const other of pool) {
      // The loop in replay handles calls by time, ties by the lane's position.
      const c =
        other === lane
          ? k
          : callsBefore(other, this.counts[other.index] ?? 0, minutes, other.index < lane.index);
      ahead += c;
      variance += c === 0 ? other.startVariance : (other.varianceAfter[c - 1] ?? 0);
      meanError += c === 0 ? 0 : (other.meanErrorAfter[c - 1] ?? 0);
    }
    const n = pool.length;
    return { ahead, call: { minutes, variance: variance / n ** 2 + (meanError / n) ** 2 } };
  }
}

/** The place that calls first from this pool, and so takes a ticket that joins the end of the queue. */
function firstFree(pool: readonly Lane[], counts: readonly number[]): Lane | undefined {
  let first: Lane | undefined;
  let firstAt = Infinity;
  for (const lane of pool) {
    const free = freeOf(lane, counts[lane.index] ?? 0);
    if (free < firstAt) {
      first = lane;
      firstAt = free;
    }
  }
  return first;
}

const freeOf = (lane: Lane, count: number): number =>
  count === 0 ? lane.startFree : (lane.freeAfter[count - 1] ?? lane.startFree);

/** How many of the lane's first `count` calls come before a call at `minutes` (binary search). */
function callsBefore(lane: Lane, count: number, minutes: number, earlierOnTie: boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = lane.at[mid] ?? Infinity;
    if (at < minutes || (at === minutes && earlierOnTie)) low = mid + 1;
    else high = mid;
  }
  return low;
}

function poolOf(ctx: Context, key: string): readonly Lane[] {
  let pool = ctx.pools.get(key);
  if (!pool) {
    const [kind, id] = [key.slice(0, 1), key.slice(2)];
    pool = ctx.lanes.filter((lane) =>
      kind === 'p' ? lane.place.id === id : lane.place.errandIds.includes(id),
    );
    ctx.pools.set(key, pool);
  }
  return pool;
}

function costOf(ctx: Context, errandId: string): Cost {
  let cost = ctx.costs.get(errandId);
  if (!cost) {
    cost = serviceCost(ctx.times, errandId, ctx.options ?? {});
    ctx.costs.set(errandId, cost);
  }
  return cost;
}

/** The lane calls the ticket as its k-th call, when it is next free. */
function append(ctx: Context, lane: Lane, k: number, ticket: Ticket): void {
  const cost = costOf(ctx, ticket.errandId);
  const free = freeOf(lane, k);
  lane.ids.push(ticket.id);
  lane.at.push(free);
  lane.freeAfter.push(free + cost.mean);
  lane.varianceAfter.push((k === 0 ? lane.startVariance : (lane.varianceAfter[k - 1] ?? 0)) + cost.variance);
  lane.meanErrorAfter.push((k === 0 ? 0 : (lane.meanErrorAfter[k - 1] ?? 0)) + cost.meanError);
  ctx.placed.set(ticket.id, { lane: lane.index, k, pool: poolKey(ticket) });
}

/**
 * The calling rule, replayed: the place that is free first (ties: the earlier place) calls the first
 * waiting ticket it serves, until no place has anything left to call.
 */
function replay(ctx: Context, counts: number[], waiting: readonly Ticket[]): void {
  // Each place's queues: one per errand it serves, one for tickets transferred to it.
  const queues = new Map<string, { readonly items: Ticket[]; readonly order: number[]; head: number }>();
  waiting.forEach((ticket, order) => {
    const key = poolKey(ticket);
    let queue = queues.get(key);
    if (!queue) {
      queue = { items: [], order: [], head: 0 };
      queues.set(key, queue);
    }
    queue.items.push(ticket);
    queue.order.push(order);
  });
  let open = ctx.lanes
    .map((lane) => ({
      lane,
      queues: [...lane.place.errandIds.map((e) => `e:${e}`), `p:${lane.place.id}`].flatMap(
        (key) => queues.get(key) ?? [],
      ),
    }))
    .filter((entry) => entry.queues.length > 0);
  for (;;) {
    let entry = open[0];
    if (!entry) break;
    let entryFree = freeOf(entry.lane, counts[entry.lane.index] ?? 0);
    for (const other of open) {
      const free = freeOf(other.lane, counts[other.lane.index] ?? 0);
      if (free < entryFree) {
        entry = other;
        entryFree = free;
      }
    }
    let queue: (typeof entry.queues)[number] | undefined;
    for (const q of entry.queues) {
      const head = q.order[q.head];
      if (head !== undefined && (!queue || head < (queue.order[queue.head] ?? Infinity))) queue = q;
    }
    const ticket = queue?.items[queue.head];
    if (!queue || !ticket) {
      // Nothing left that this place serves: it keeps its free time for tickets drawn from now on.
      const done = entry;
      open = open.filter((other) => other !== done);
      continue;
    }
    queue.head++;
    const k = counts[entry.lane.index] ?? 0;
    append(ctx, entry.lane, k, ticket);
    counts[entry.lane.index] = k + 1;
  }
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

function pauseLeft(backAt: number, now: number): { mean: number; variance: number } {
  const mean = Math.max(0, (backAt - now) / MINUTE);
  return { mean, variance: (Math.max(mean, 4) / 4) ** 2 };
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
