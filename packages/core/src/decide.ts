import type { Command, DomainError, DomainErrorCode } from './commands.ts';
import type { DomainEvent } from './events.ts';
import { evolveAll } from './evolve.ts';
import { DEFAULT_PAUSE_MINUTES, UNDO_WINDOW_MS, defaultPlaceState, emptyPlace, isOpen } from './model.ts';
import type { OfficeSetup, OfficeState, PlaceState, Ticket } from './model.ts';
import { noShowAvailableAt, recallsLeft, rulesOf } from './calling-order.ts';
import { issuingNow } from './opening-hours.ts';
import { nextTicketFor } from './queue.ts';
import { fail, ok } from './result.ts';
import type { Result } from './result.ts';
import { serviceDay } from './service-day.ts';

/** What a decision may use besides the state: the configuration, the time and a fresh id. */
export interface DecideContext {
  readonly setup: OfficeSetup;
  readonly now: number;
  readonly newId: () => string;
  /**
   * The highest number per letter the store already holds for the day this decision starts (see
   * {@link dayToStart}); none when absent or for another day. A day that starts again (the clock went
   * forward and back, an older hub went back a day) continues its numbering instead of repeating it.
   */
  readonly storedNumbers?: {
    readonly day: string;
    readonly lastNumbers: Readonly<Record<string, number>>;
  };
  /**
   * Whether a number of this errand drawn now would probably be called only after closing time plus
   * grace (the hub reads it from its forecast, see {@link Forecast.capacity}); never when absent.
   */
  readonly pastClosing?: ((errandId: string) => boolean) | undefined;
}

/** Numbers run from 1 to 999 per letter and day: three digits fit the printed ticket. */
export const MAX_NUMBER = 999;

const refuse = (code: DomainErrorCode): Result<never, DomainError> => fail({ code });

/**
 * Decides what a command means in the current state: the events to record, or why it is refused.
 * A new service day is started first, so no command ever acts on yesterday's queue.
 */
export function decide(
  state: OfficeState,
  command: Command,
  ctx: DecideContext,
): Result<DomainEvent[], DomainError> {
  const rollover = rollOver(state, ctx);
  const current = evolveAll(state, rollover);
  const result = decideToday(current, command, ctx);
  return result.ok ? ok([...rollover, ...result.value]) : result;
}

/**
 * The service day a decision at `now` starts, or null while the state's day is still current. Days
 * only move forward: a clock that went back (an NTP correction, a wrong BIOS clock after a power cut)
 * keeps the later day rather than starting an earlier one again.
 */
export function dayToStart(state: OfficeState, now: number, timeZone: string): string | null {
  const today = serviceDay(now, timeZone);
  // YYYY-MM-DD compares as text in calendar order; a store that never started a day holds ''.
  return today > state.day ? today : null;
}

function rollOver(state: OfficeState, ctx: DecideContext): DomainEvent[] {
  const today = dayToStart(state, ctx.now, ctx.setup.timeZone);
  if (today === null) return [];
  const expired: DomainEvent[] = [...state.tickets.values()]
    .filter((t) => isOpen(t) && t.day !== today)
    .sort((a, b) => a.drawnAt - b.drawnAt)
    .map((t) => ({ type: 'TicketExpired', at: ctx.now, ticketId: t.id }));
  const stored = ctx.storedNumbers?.day === today ? ctx.storedNumbers.lastNumbers : {};
  const started: DomainEvent =
    Object.keys(stored).length > 0
      ? { type: 'DayStarted', at: ctx.now, day: today, lastNumbers: { ...stored } }
      : { type: 'DayStarted', at: ctx.now, day: today };
  return [...expired, started];
}

function decideToday(
  state: OfficeState,
  command: Command,
  ctx: DecideContext,
): Result<DomainEvent[], DomainError> {
  const at = ctx.now;
  switch (command.type) {
    case 'roll-over':
      return ok([]);
    case 'apply-setup':
      return ok(applySetup(command.before, ctx.setup, at));
    case 'draw': {
      const errand = ctx.setup.errands.find((e) => e.id === command.errandId);
      if (!errand) return refuse('unknown-errand');
      if (errand.active === false) return refuse('errand-inactive');
      if (state.stoppedErrands.includes(errand.id)) return refuse('issuing-stopped');
      const kind = command.kind ?? 'normal';
      if (kind === 'priority' && errand.priority !== true) return refuse('priority-not-offered');
      if (!issuingNow(ctx.setup, at).open) return refuse('office-closed');
      if (errand.cutOff === 'stop' && ctx.pastClosing?.(errand.id) === true)
        return refuse('capacity-reached');
      const number = (state.lastNumbers[errand.letter] ?? 0) + 1;
      if (number > MAX_NUMBER) return refuse('number-range-exhausted');
      const ticket: Ticket = {
        id: ctx.newId(),
        day: state.day,
        letter: errand.letter,
        number,
        errandId: errand.id,
        // Normal tickets carry no kind, so they read exactly as before kinds existed.
        ...(kind === 'normal' ? {} : { kind }),
        status: 'waiting',
        drawnAt: at,
        queuedAt: at,
        placeId: null,
        targetPlaceId: null,
        firstCalledAt: null,
        calledAt: null,
        finishedAt: null,
        calls: 0,
      };
      return ok([{ type: 'TicketDrawn', at, ticket }]);
    }
    case 'configure-place': {
      const place = findPlace(state, ctx, command.placeId);
      if (!place.ok) return place;
      const known = new Set(ctx.setup.errands.map((e) => e.id));
      if (command.errandIds.some((id) => !known.has(id))) return refuse('unknown-errand');
      return ok([
        { type: 'PlaceConfigured', at, placeId: command.placeId, errandIds: [...new Set(command.errandIds)] },
      ]);
    }
    case 'pause': {
      const place = findPlace(state, ctx, command.placeId);
      if (!place.ok) return place;
      const { placeId } = command;
      if (!command.paused) return ok(place.value.paused ? [{ type: 'PlaceResumed', at, placeId }] : []);
      if (place.value.ticketId !== null) return refuse('place-busy');
      const minutes = command.minutes === undefined ? DEFAULT_PAUSE_MINUTES : command.minutes;
      const backAt = minutes === null ? null : at + minutes * 60_000;
      // A new length for a running pause is recorded too: the clerk changed their mind.
      if (place.value.paused && place.value.backAt === backAt) return ok([]);
      return ok([...signIn(place.value, at), { type: 'PlacePaused', at, placeId, backAt }]);
    }
    case 'staff': {
      const place = findPlace(state, ctx, command.placeId);
      if (!place.ok) return place;
      if (place.value.staffed === command.staffed) return ok([]);
      // Signing out with a visitor at the desk would leave them nobody's: finish the number first.
      if (!command.staffed && place.value.ticketId !== null) return refuse('place-busy');
      return ok([
        { type: command.staffed ? 'PlaceStaffed' : 'PlaceUnstaffed', at, placeId: command.placeId },
      ]);
    }
    case 'reopen': {
      const place = findPlace(state, ctx, command.placeId);
      if (!place.ok) return place;
      const ticket = state.tickets.get(command.ticketId);
      if (!ticket) return refuse('unknown-ticket');
      if (ticket.status !== 'no-show' || ticket.day !== state.day) return refuse('not-reopenable');
      const reopened = { type: 'TicketReopened', at, ticketId: ticket.id, placeId: command.placeId } as const;
      if (rulesOf(ctx.setup).reopenAtFront !== true) return ok([reopened]);
      // Ahead of everyone waiting: a moment before the earliest place in time.
      const first = Math.min(
        ticket.queuedAt,
        ...[...state.tickets.values()].filter((t) => t.status === 'waiting').map((t) => t.queuedAt),
      );
      return ok([{ ...reopened, queuedAt: first - 1 }]);
    }
    case 'undo': {
      const place = readyPlace(state, ctx, command.placeId);
      if (!place.ok) return place;
      const ticket = undoable(state, command.placeId, at);
      if (!ticket || ticket.id !== command.ticketId) return refuse('not-undoable');
      return ok([{ type: 'TicketUndone', at, ticketId: ticket.id, placeId: command.placeId }]);
    }
    case 'cancel': {
      const ticket = state.tickets.get(command.ticketId);
      if (!ticket) return refuse('unknown-ticket');
      if (!isOpen(ticket) || ticket.day !== state.day) return refuse('not-cancellable');
      const note = command.note?.trim();
      return ok([
        { type: 'TicketExpired', at, ticketId: ticket.id, cause: 'cancelled', ...(note ? { note } : {}) },
      ]);
    }
    case 'print-failed': {
      const ticket = state.tickets.get(command.ticketId);
      if (!ticket) return refuse('unknown-ticket');
      // An ended number needs no paper any more; telling staff about it would only be noise.
      if (!isOpen(ticket)) return ok([]);
      return ok([{ type: 'TicketNotPrinted', at, ticketId: ticket.id, trouble: command.trouble }]);
    }
    case 'printed': {
      const ticket = state.tickets.get(command.ticketId);
      if (!ticket) return refuse('unknown-ticket');
      return ok(ticket.unprinted ? [{ type: 'TicketPrinted', at, ticketId: ticket.id }] : []);
    }
    case 'close-day': {
      const note = command.note?.trim();
      const expired: DomainEvent[] = [...state.tickets.values()]
        .filter((t) => isOpen(t) && t.day === state.day)
        .sort((a, b) => a.drawnAt - b.drawnAt)
        .map((t) => ({
          type: 'TicketExpired',
          at,
          ticketId: t.id,
          cause: 'day-closed',
          ...(note ? { note } : {}),
        }));
      const stopped: DomainEvent[] = ctx.setup.errands
        .filter((e) => !state.stoppedErrands.includes(e.id))
        .map((e) => ({ type: 'IssuingStopped', at, errandId: e.id }));
      return ok([...expired, ...stopped]);
    }
    case 'set-issuing': {
      const known = new Set(ctx.setup.errands.map((e) => e.id));
      if (command.errandIds.some((id) => !known.has(id))) return refuse('unknown-errand');
      // Only errands whose issuing changes: stopping a stopped errand records nothing.
      const changing = [...new Set(command.errandIds)].filter(
        (id) => state.stoppedErrands.includes(id) !== command.stopped,
      );
      return ok(
        changing.map((errandId) => ({
          type: command.stopped ? 'IssuingStopped' : 'IssuingResumed',
          at,
          errandId,
        })),
      );
    }
    case 'call-next': {
      const place = readyPlace(state, ctx, command.placeId);
      if (!place.ok) return place;
      const ticket = nextTicketFor(state, place.value, rulesOf(ctx.setup));
      if (!ticket) return refuse('queue-empty');
      return ok([
        ...signIn(place.value, at),
        { type: 'TicketCalled', at, ticketId: ticket.id, placeId: command.placeId, outOfTurn: false },
      ]);
    }
    case 'call': {
      const place = readyPlace(state, ctx, command.placeId);
      if (!place.ok) return place;
      const ticket = state.tickets.get(command.ticketId);
      if (!ticket || ticket.day !== state.day) return refuse('unknown-ticket');
      if (ticket.status !== 'waiting') return refuse('ticket-not-waiting');
      const inTurn = nextTicketFor(state, place.value, rulesOf(ctx.setup))?.id === ticket.id;
      return ok([
        ...signIn(place.value, at),
        { type: 'TicketCalled', at, ticketId: ticket.id, placeId: command.placeId, outOfTurn: !inTurn },
      ]);
    }
    case 'recall':
    case 'complete':
    case 'no-show':
    case 'put-back': {
      const held = heldTicket(state, ctx, command.placeId);
      if (!held.ok) return held;
      const rules = rulesOf(ctx.setup);
      if (command.type === 'recall' && recallsLeft(held.value, rules) === 0) return refuse('recall-limit');
      if (command.type === 'no-show' && at < (noShowAvailableAt(held.value, rules) ?? 0))
        return refuse('no-show-too-early');
      const type = (
        {
          recall: 'TicketRecalled',
          complete: 'TicketServed',
          'no-show': 'TicketNoShow',
          'put-back': 'TicketPutBack',
        } as const
      )[command.type];
      return ok([{ type, at, ticketId: held.value.id, placeId: command.placeId }]);
    }
    case 'transfer': {
      const held = heldTicket(state, ctx, command.placeId);
      if (!held.ok) return held;
      const toErrandId = command.toErrandId ?? held.value.errandId;
      const toPlaceId = command.toPlaceId ?? null;
      if (!ctx.setup.errands.some((e) => e.id === toErrandId)) return refuse('unknown-errand');
      if (toPlaceId !== null && !ctx.setup.places.some((p) => p.id === toPlaceId))
        return refuse('unknown-place');
      const changesSomething =
        toErrandId !== held.value.errandId || (toPlaceId !== null && toPlaceId !== command.placeId);
      if (!changesSomething) return refuse('invalid-transfer');
      return ok([
        {
          type: 'TicketTransferred',
          at,
          ticketId: held.value.id,
          placeId: command.placeId,
          toErrandId,
          toPlaceId,
        },
      ]);
    }
  }
}

/** A place configured anew where the setup added it or changed the errands it serves by default. */
function applySetup(before: OfficeSetup, after: OfficeSetup, at: number): DomainEvent[] {
  const events: DomainEvent[] = [];
  for (const place of after.places) {
    const errandIds = defaultPlaceState(after, place.id).errandIds;
    const known = before.places.some((p) => p.id === place.id);
    const was = defaultPlaceState(before, place.id).errandIds;
    const same = was.length === errandIds.length && was.every((id, i) => errandIds[i] === id);
    if (known && same) continue;
    events.push({ type: 'PlaceConfigured', at, placeId: place.id, errandIds: [...errandIds] });
  }
  return events;
}

function findPlace(state: OfficeState, ctx: DecideContext, placeId: string): Result<PlaceState, DomainError> {
  if (!ctx.setup.places.some((p) => p.id === placeId)) return refuse('unknown-place');
  return ok(state.places[placeId] ?? emptyPlace(placeId));
}

/**
 * The number "Rückgängig" would bring back to this place at `now`: the last one it finished today
 * ("Erledigt" or "Nicht erschienen"), if that was at most {@link UNDO_WINDOW_MS} ago.
 */
export function undoable(state: OfficeState, placeId: string, now: number): Ticket | undefined {
  let last: Ticket | undefined;
  for (const ticket of state.tickets.values()) {
    if (ticket.placeId !== placeId || ticket.day !== state.day || ticket.finishedAt === null) continue;
    if (ticket.status !== 'served' && ticket.status !== 'no-show') continue;
    if (!last || ticket.finishedAt > (last.finishedAt ?? 0)) last = ticket;
  }
  return last && now - (last.finishedAt ?? 0) <= UNDO_WINDOW_MS ? last : undefined;
}

/** A clerk who calls or pauses at a place is there: it counts as staffed from then on. */
const signIn = (place: PlaceState, at: number): DomainEvent[] =>
  place.staffed ? [] : [{ type: 'PlaceStaffed', at, placeId: place.id }];

/** A place that may call a number: it exists, is not paused and holds no ticket (one at a time). */
function readyPlace(
  state: OfficeState,
  ctx: DecideContext,
  placeId: string,
): Result<PlaceState, DomainError> {
  const place = findPlace(state, ctx, placeId);
  if (!place.ok) return place;
  if (place.value.ticketId !== null) return refuse('place-busy');
  if (place.value.paused) return refuse('place-paused');
  return place;
}

function heldTicket(state: OfficeState, ctx: DecideContext, placeId: string): Result<Ticket, DomainError> {
  const place = findPlace(state, ctx, placeId);
  if (!place.ok) return place;
  const ticket = place.value.ticketId === null ? undefined : state.tickets.get(place.value.ticketId);
  if (!ticket || ticket.status !== 'called') return refuse('place-idle');
  return ok(ticket);
}
