import { defaultCallingRules } from './model.ts';
import type { CallingRules, OfficeSetup, OfficeState, Ticket, TicketKind } from './model.ts';
import { byQueueOrder } from './queue-order.ts';

/** The setup's calling rules, or the defaults. */
export const rulesOf = (setup: Pick<OfficeSetup, 'rules'>): CallingRules =>
  setup.rules ?? defaultCallingRules;

export const kindOf = (ticket: Ticket): TicketKind => ticket.kind ?? 'normal';

/**
 * Normal tickets called since the last priority ticket today, office-wide. Derived from the tickets
 * (not kept as a counter) so a restart or a client rebuilding the state gets the same figure.
 */
export function normalCallsSincePriority(state: OfficeState): number {
  let lastPriority = -Infinity;
  const normalCalls: number[] = [];
  for (const ticket of [...state.tickets.values()]) {
    if (ticket.day !== state.day || ticket.firstCalledAt === null) continue;
    const kind = kindOf(ticket);
    if (kind === 'priority') lastPriority = Math.max(lastPriority, ticket.firstCalledAt);
    else if (kind === 'normal') normalCalls.push(ticket.firstCalledAt);
  }
  return normalCalls.filter((at) => at > lastPriority).length;
}

/**
 * Waiting tickets in the order the office calls them, by the rules: appointment holders first (when
 * the rules say so), then priority and normal tickets merged by the priority rule, each group in queue
 * order. With 'interleave', one priority ticket follows every N normal calls, counting the calls made
 * already today; when one side runs dry the other goes on, so neither side starves.
 */
export function callingOrder(state: OfficeState, rules: CallingRules, waiting: readonly Ticket[]): Ticket[] {
  const sorted = [...waiting].sort(byQueueOrder);
  const appointments = rules.appointmentsFirst ? sorted.filter((t) => kindOf(t) === 'appointment') : [];
  const rest = rules.appointmentsFirst ? sorted.filter((t) => kindOf(t) !== 'appointment') : sorted;
  const priority = rest.filter((t) => kindOf(t) === 'priority');
  // Without appointmentsFirst an appointment holder queues like a walk-in visitor.
  const normal = rest.filter((t) => kindOf(t) !== 'priority');
  if (rules.priority === 'first') return [...appointments, ...priority, ...normal];

  const merged: Ticket[] = [...appointments];
  let since = normalCallsSincePriority(state);
  let p = 0;
  let n = 0;
  while (p < priority.length || n < normal.length) {
    const priorityDue = since >= rules.priorityEvery || n >= normal.length;
    const next = priorityDue && p < priority.length ? priority[p++] : normal[n++];
    if (!next) break;
    merged.push(next);
    since = kindOf(next) === 'priority' ? 0 : kindOf(next) === 'normal' ? since + 1 : since;
  }
  return merged;
}

/** How many more times a called number may be called out. */
export const recallsLeft = (ticket: Ticket, rules: CallingRules): number =>
  Math.max(0, rules.maxRecalls - Math.max(0, ticket.calls - 1));

/** When "Nicht erschienen" may be pressed for a called ticket (ms since the epoch); null if never called. */
export const noShowAvailableAt = (ticket: Ticket, rules: CallingRules): number | null =>
  ticket.firstCalledAt === null ? null : ticket.firstCalledAt + rules.noShowAfterSeconds * 1000;
