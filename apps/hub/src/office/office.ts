import { decide, ticketIdOf } from '@aufruf/core';
import type { Clock, Command, DomainEvent, OfficeSetup, OfficeState, Outlook } from '@aufruf/core';
import type { Ack, CommandName, CommandReply, CommandRequest, EventBatch } from '@aufruf/protocol';
import { changedRows } from '@aufruf/store';
import type { Store } from '@aufruf/store';

/** Owns the office state: applies each command once, stores it, then tells the listeners. */
export interface Office {
  readonly state: () => OfficeState;
  readonly seq: () => number;
  readonly handle: <N extends CommandName>(name: N, request: CommandRequest<N>) => Ack<CommandReply<N>>;
  /** Starts a new service day when the calendar has moved on; the hub calls it on a timer. */
  readonly rollOver: () => void;
  /**
   * The office head saved a new setup: places it adds or whose default errands it changes take their
   * new defaults (stored as the command "settings:apply", broadcast like any change).
   */
  readonly applySetup: (before: OfficeSetup) => void;
  /** True when a request id was applied already (its reply is stored). */
  readonly knows: (requestId: string) => boolean;
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
}

export function createOffice({
  store,
  setup,
  clock,
  newId,
  newToken,
  outlookOf,
  onEvents,
}: OfficeOptions): Office {
  const loaded = store.loadState(setup());
  let state = loaded.state;
  let seq = loaded.seq;

  function run<T>(
    name: string,
    requestId: string | null,
    command: Command,
    reply: (next: OfficeState, events: readonly DomainEvent[], token: string) => T,
  ): Ack<T> {
    if (requestId !== null) {
      // A retried request (lost acknowledgement, reconnect) gets the first answer, never a second ticket.
      const stored = store.findReply(requestId);
      if (stored !== undefined) return stored as Ack<T>;
    }
    const before = state;
    const outcome = store.transaction(() => {
      const decision = decide(before, command, { setup: setup(), now: clock.now(), newId });
      if (!decision.ok) {
        const refused: Ack<T> = { ok: false, error: decision.error };
        store.commit({
          requestId,
          command: name,
          events: [],
          tickets: [],
          places: [],
          reply: refused,
          at: clock.now(),
        });
        return { ack: refused, next: before, events: [] as DomainEvent[], seq };
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
        at: clock.now(),
        followTokens,
      });
      return { ack, next, events, seq: written.seq };
    });
    // Memory follows the database only after the transaction has committed.
    const after = seq;
    state = outcome.next;
    seq = outcome.seq;
    if (outcome.events.length > 0) onEvents({ after, seq, events: outcome.events });
    return outcome.ack;
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

  function handle<N extends CommandName>(name: N, request: CommandRequest<N>): Ack<CommandReply<N>> {
    const command = (commandFor[name] as (r: CommandRequest<N>) => Command)(request);
    const reply: (
      next: OfficeState,
      events: readonly DomainEvent[],
      token: string,
    ) => CommandReply<CommandName> = 'placeId' in command ? counterReply(command.placeId) : drawReply;
    return run(name, request.requestId, command, reply) as Ack<CommandReply<N>>;
  }

  return {
    state: () => state,
    seq: () => seq,
    handle,
    knows: (requestId) => store.findReply(requestId) !== undefined,
    rollOver: () => {
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
