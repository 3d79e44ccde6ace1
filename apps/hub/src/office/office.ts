import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { dayToStart, decide, serviceDay, ticketIdOf } from '@aufruf/core';
import type {
  Clock,
  Command,
  DecideContext,
  DomainEvent,
  OfficeSetup,
  OfficeState,
  Outlook,
} from '@aufruf/core';
import { wireError } from '@aufruf/protocol';
import type { Ack, CommandName, CommandReply, CommandRequest, EventBatch } from '@aufruf/protocol';
import { changedRows, isBusy, isDuplicateRequest } from '@aufruf/store';
import type { Store } from '@aufruf/store';
import type { Logger } from 'pino';

/** How a command is applied. */
export interface HandleOptions {
  /**
   * The caller looked the request id up already and found no stored reply: no second lookup. Should
   * the same id be stored meanwhile, the stored reply is still the answer (UNIQUE(request_id)).
   */
  readonly fresh?: boolean;
}

/** Owns the office state: applies each command once, stores it, then tells the listeners. */
export interface Office {
  readonly state: () => OfficeState;
  readonly seq: () => number;
  /**
   * Applies a command at once; while another connection holds the database's write lock it waits up
   * to the store's busy timeout (1 s), then answers `busy`.
   */
  readonly handle: <N extends CommandName>(
    name: N,
    request: CommandRequest<N>,
    options?: HandleOptions,
  ) => Ack<CommandReply<N>>;
  /**
   * Applies a client's command without ever holding up the hub: while another connection holds the
   * write lock, it tries again a moment later (the event loop keeps serving every screen meanwhile),
   * for up to {@link LOCK_PATIENCE_MS}, then answers `busy`.
   */
  readonly submit: <N extends CommandName>(
    name: N,
    request: CommandRequest<N>,
    options?: HandleOptions,
  ) => Promise<Ack<CommandReply<N>>>;
  /** The reply stored for a request id that was applied already, or undefined (one lookup). */
  readonly storedReply: (requestId: string) => Ack<unknown> | undefined;
  /**
   * Starts a new service day when the calendar has moved on; the hub calls it on a timer. Finding
   * nothing to do costs no transaction and no write.
   */
  readonly rollOver: () => void;
  /**
   * The office head saved a new setup: places it adds or whose default errands it changes take their
   * new defaults (stored as the command "settings:apply", broadcast like any change).
   */
  readonly applySetup: (before: OfficeSetup) => void;
}

export interface OfficeOptions {
  readonly store: Store;
  /** The setup each command is decided against, read anew every time (the admin page edits it). */
  readonly setup: () => OfficeSetup;
  readonly clock: Clock;
  readonly newId: () => string;
  /** Makes the unguessable token of a ticket's follow page. */
  readonly newToken: () => string;
  /** People ahead and expected wait of a ticket in a state, for the draw reply. */
  readonly outlookOf: (state: OfficeState, ticketId: string) => Outlook;
  /** Called after a command's events are durably stored. */
  readonly onEvents: (batch: EventBatch) => void;
  /** Where a clock that went back is reported. */
  readonly logger?: Logger;
}

/**
 * How long a client's command keeps trying while another connection holds the write lock: within
 * the client's 4 s acknowledgement timeout, so the answer (stored or `busy`) still reaches it.
 */
export const LOCK_PATIENCE_MS = 2500;

type Reply<T> = (next: OfficeState, events: readonly DomainEvent[], token: string) => T;

export function createOffice({
  store,
  setup,
  clock,
  newId,
  newToken,
  outlookOf,
  onEvents,
  logger,
}: OfficeOptions): Office {
  const loaded = store.loadState(setup());
  let state = loaded.state;
  let seq = loaded.seq;
  let clockBehind = false;

  const storedReply = (requestId: string): Ack<unknown> | undefined =>
    store.findReply(requestId) as Ack<unknown> | undefined;

  /** What a decision at `now` may use; a day that starts brings the numbers the store holds for it. */
  function contextAt(now: number, current: OfficeState): DecideContext {
    const setupNow = setup();
    const day = dayToStart(current, now, setupNow.timeZone);
    const ctx = { setup: setupNow, now, newId };
    return day === null ? ctx : { ...ctx, storedNumbers: { day, lastNumbers: store.lastNumbers(day) } };
  }

  function run<T>(
    name: string,
    requestId: string | null,
    command: Command,
    reply: Reply<T>,
    { fresh = false, wait = true }: HandleOptions & { readonly wait?: boolean } = {},
  ): Ack<T> {
    if (requestId === null) {
      // The hub's own commands (a rollover check, a setup that moves no place) that decide nothing
      // leave nothing behind: no transaction, no row, no sync to disk.
      const decision = decide(state, command, contextAt(clock.now(), state));
      if (decision.ok && decision.value.length === 0) return { ok: true, value: reply(state, [], '') };
    } else if (!fresh) {
      // A retried request (lost acknowledgement, reconnect) gets the first answer, never a second ticket.
      const stored = storedReply(requestId);
      if (stored !== undefined) return stored as Ack<T>;
    }
    const before = state;
    let outcome: { ack: Ack<T>; next: OfficeState; events: readonly DomainEvent[]; seq: number };
    try {
      outcome = store.transaction(() => commitDecision(name, requestId, before, command, reply), { wait });
    } catch (error) {
      if (requestId !== null && isDuplicateRequest(error)) {
        // The same request was stored meanwhile: its answer, never a second ticket.
        const stored = storedReply(requestId);
        if (stored !== undefined) return stored as Ack<T>;
      }
      // A client may send the same request again; the hub's own commands throw to their caller.
      if (requestId !== null && isBusy(error)) {
        return { ok: false, error: wireError('busy', 'Another connection holds the database lock.') };
      }
      throw error;
    }
    // Memory follows the database only after the transaction has committed.
    const after = seq;
    state = outcome.next;
    seq = outcome.seq;
    if (outcome.events.length > 0) onEvents({ after, seq, events: outcome.events });
    return outcome.ack;
  }

  /** Decides inside the write transaction, so the numbers handed out are the ones stored. */
  function commitDecision<T>(
    name: string,
    requestId: string | null,
    before: OfficeState,
    command: Command,
    reply: Reply<T>,
  ): { ack: Ack<T>; next: OfficeState; events: readonly DomainEvent[]; seq: number } {
    const at = clock.now();
    const decision = decide(before, command, contextAt(at, before));
    if (!decision.ok) {
      const refused: Ack<T> = { ok: false, error: decision.error };
      store.commit({ requestId, command: name, events: [], tickets: [], places: [], reply: refused, at });
      return { ack: refused, next: before, events: [], seq };
    }
    const events = decision.value;
    const { after: next, tickets, places } = changedRows(before, events);
    const token = newToken();
    const followTokens = events.flatMap((e) =>
      e.type === 'TicketDrawn' ? [{ ticketId: e.ticket.id, token }] : [],
    );
    const ack: Ack<T> = { ok: true, value: reply(next, events, token) };
    const written = store.commit({
      requestId,
      command: name,
      events,
      tickets,
      places,
      reply: ack,
      at,
      followTokens,
    });
    return { ack, next, events, seq: written.seq };
  }

  const counterReply =
    (placeId: string) =>
    (next: OfficeState, events: readonly DomainEvent[]): CommandReply<'counter:call-next'> => {
      const place = next.places[placeId] ?? { id: placeId, errandIds: [], paused: false, ticketId: null };
      const last = events.at(-1);
      const ticketId = (last && ticketIdOf(last)) ?? place.ticketId;
      return { place, ticket: ticketId === null ? null : (next.tickets[ticketId] ?? null) };
    };

  function drawReply(
    next: OfficeState,
    events: readonly DomainEvent[],
    token: string,
  ): CommandReply<'ticket:draw'> {
    const drawn = events.find((e) => e.type === 'TicketDrawn');
    const ticket = drawn?.type === 'TicketDrawn' ? next.tickets[drawn.ticket.id] : undefined;
    if (!ticket) throw new Error('a draw recorded no ticket');
    const { ahead, estimate } = outlookOf(next, ticket.id);
    return { ticket, ahead, followToken: token, estimate };
  }

  function attempt<N extends CommandName>(
    name: N,
    request: CommandRequest<N>,
    options: HandleOptions & { readonly wait?: boolean },
  ): Ack<CommandReply<N>> {
    const command = (commandFor[name] as (r: CommandRequest<N>) => Command)(request);
    const reply: Reply<CommandReply<CommandName>> =
      'placeId' in command ? counterReply(command.placeId) : drawReply;
    return run(name, request.requestId, command, reply, options) as Ack<CommandReply<N>>;
  }

  return {
    state: () => state,
    seq: () => seq,
    handle: (name, request, options = {}) => attempt(name, request, options),
    submit: async (name, request, options = {}) => {
      // Real time, not the office clock: this is about how long a screen waits for its answer.
      const started = performance.now();
      let fresh = options.fresh ?? false;
      for (let pause = 20; ; pause = Math.min(pause * 2, 200)) {
        const ack = attempt(name, request, { fresh, wait: false });
        if (ack.ok || ack.error.code !== 'busy' || performance.now() - started >= LOCK_PATIENCE_MS)
          return ack;
        // Looked up once; should a retry of the same request be stored meanwhile, UNIQUE says so.
        fresh = true;
        await sleep(pause);
      }
    },
    storedReply,
    rollOver: () => {
      const { timeZone } = setup();
      const today = serviceDay(clock.now(), timeZone);
      if (today < state.day) {
        // Days only move forward (see dayToStart); the office keeps its day until the clock catches up.
        if (!clockBehind) logger?.warn({ clockDay: today, officeDay: state.day }, 'the clock went back');
        clockBehind = true;
        return;
      }
      if (clockBehind) logger?.info({ clockDay: today, officeDay: state.day }, 'the clock has caught up');
      clockBehind = false;
      run('office:roll-over', null, { type: 'roll-over' }, () => null);
    },
    applySetup: (before) => {
      run('settings:apply', null, { type: 'apply-setup', before }, () => null);
    },
  };
}

/** Which domain command each validated wire request stands for. */
const commandFor: { readonly [N in CommandName]: (request: CommandRequest<N>) => Command } = {
  'ticket:draw': (r) => ({ type: 'draw', errandId: r.errandId, kind: r.kind }),
  'counter:configure': (r) => ({ type: 'configure-place', placeId: r.placeId, errandIds: r.errandIds }),
  'counter:call-next': (r) => ({ type: 'call-next', placeId: r.placeId }),
  'counter:call': (r) => ({ type: 'call', placeId: r.placeId, ticketId: r.ticketId }),
  'counter:recall': (r) => ({ type: 'recall', placeId: r.placeId }),
  'counter:complete': (r) => ({ type: 'complete', placeId: r.placeId }),
  'counter:no-show': (r) => ({ type: 'no-show', placeId: r.placeId }),
  'counter:put-back': (r) => ({ type: 'put-back', placeId: r.placeId }),
  'counter:transfer': (r) => ({
    type: 'transfer',
    placeId: r.placeId,
    toErrandId: r.toErrandId,
    toPlaceId: r.toPlaceId,
  }),
  'counter:pause': (r) => ({ type: 'pause', placeId: r.placeId, paused: r.paused }),
};
