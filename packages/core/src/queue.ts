import type { OfficeState, PlaceState, Ticket } from './model.ts';

import { callingOrder } from './calling-order.ts';
import { defaultCallingRules } from './model.ts';
import type { CallingRules } from './model.ts';
import { byQueueOrder } from './queue-order.ts';

export { byQueueOrder };

// States and rules are immutable, so the order of one state under one set of rules is computed once:
// after each call the hub asks for it once per watched ticket (every phone's "people ahead").
const orders = new WeakMap<OfficeState, WeakMap<CallingRules, readonly Ticket[]>>();

/** Waiting tickets in the order they will be called by the rules (oldest first within a kind). */
export function waitingTickets(
  state: OfficeState,
  rules: CallingRules = defaultCallingRules,
): readonly Ticket[] {
  let byRules = orders.get(state);
  if (!byRules) {
    byRules = new WeakMap();
    orders.set(state, byRules);
  }
  let order = byRules.get(rules);
  if (!order) {
    order = callingOrder(
      state,
      rules,
      [...state.tickets.values()].filter((t) => t.status === 'waiting'),
    );
    byRules.set(rules, order);
  }
  return order;
}

/** Whether a place may call this waiting ticket in turn. */
export function servesTicket(place: PlaceState, ticket: Ticket): boolean {
  if (ticket.targetPlaceId !== null) return ticket.targetPlaceId === place.id;
  return place.errandIds.includes(ticket.errandId);
}

/** The ticket "Nächste Nummer" calls at this place: the first by the calling rules among those it serves. */
export function nextTicketFor(
  state: OfficeState,
  place: PlaceState,
  rules: CallingRules = defaultCallingRules,
): Ticket | undefined {
  return waitingTickets(state, rules).find((t) => servesTicket(place, t));
}

export interface ErrandQueue {
  readonly errandId: string;
  readonly waiting: number;
  /** When the longest-waiting ticket of this errand was queued, or null when nobody waits. */
  readonly oldestQueuedAt: number | null;
  /** That ticket ("A 12 wartet seit 48 Min."), or null when nobody waits. */
  readonly oldest: Ticket | null;
}

/** Count and oldest waiting time per errand, in the order of the given errand ids. */
export function errandQueues(state: OfficeState, errandIds: readonly string[]): ErrandQueue[] {
  const waiting = waitingTickets(state);
  return errandIds.map((errandId) => {
    const mine = waiting.filter((t) => t.errandId === errandId);
    const oldest = mine.reduce<Ticket | null>(
      (min, t) => (min === null || t.queuedAt < min.queuedAt ? t : min),
      null,
    );
    return { errandId, waiting: mine.length, oldestQueuedAt: oldest?.queuedAt ?? null, oldest };
  });
}

export interface CallView {
  readonly ticket: Ticket;
  readonly placeId: string;
  readonly at: number;
  readonly recall: boolean;
}

/** The latest calls for a display, newest first, one row per ticket (a recall moves it to the top). */
export function recentCalls(state: OfficeState, limit: number): CallView[] {
  const seen = new Set<string>();
  const rows: CallView[] = [];
  for (let i = state.calls.length - 1; i >= 0 && rows.length < limit; i--) {
    const call = state.calls[i];
    if (!call || seen.has(call.ticketId)) continue;
    seen.add(call.ticketId);
    const ticket = state.tickets.get(call.ticketId);
    if (ticket) rows.push({ ticket, placeId: call.placeId, at: call.at, recall: call.recall });
  }
  return rows;
}

/** How long the longest wait of an errand may grow: amber from the first figure, red from the second. */
export interface WaitLimits {
  readonly amberMinutes: number;
  readonly redMinutes: number;
}

/** Half an hour is long, an hour too long: what offices commonly aim for on a walk-in day. */
export const defaultWaitLimits: WaitLimits = { amberMinutes: 30, redMinutes: 60 };

/** A traffic light for the longest wait of an errand. */
export type ServiceLevel = 'green' | 'amber' | 'red';

/** The light of an errand's queue at `now`: green while nobody waits or the longest wait is short. */
export function serviceLevel(queue: ErrandQueue, limits: WaitLimits, now: number): ServiceLevel {
  if (queue.oldestQueuedAt === null) return 'green';
  const minutes = (now - queue.oldestQueuedAt) / 60_000;
  if (minutes > limits.redMinutes) return 'red';
  return minutes > limits.amberMinutes ? 'amber' : 'green';
}
