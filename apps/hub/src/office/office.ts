import { performance } from 'node:perf_hooks';
import { dayToStart, decide, emptyPlace, serviceDay, ticketIdOf } from '@aufruf/core';
import type {
  Clock,
  Command,
  DecideContext,
  DomainEvent,
  OfficeSetup,
  OfficeState,
  Outlook,
  PrintTrouble,
} from '@aufruf/core';
import { wireError } from '@aufruf/protocol';
import type { Ack, CommandName, CommandReply, CommandRequest, EventBatch } from '@aufruf/protocol';
import { changedRows, isBusy, isDuplicateRequest } from '@aufruf/store';
import type { CommitInput, Store } from '@aufruf/store';
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
  /**
   * The office head stops or resumes handing out numbers for errands, for today (stored as the
   * command "admin:set-issuing", broadcast like any change); answers the errands stopped now.
   */
  readonly setIssuing: (
    errandIds: readonly string[],
    stopped: boolean,
  ) => Promise<Ack<{ readonly stoppedErrands: readonly string[] }>>;
  /**
   * Nobody's counter has been at this place for a while: it no longer counts as staffed (stored as
   * "hub:sign-out"). A place with a visitor at the desk stays staffed (refused as place-busy).
   */
  readonly signOut: (placeId: string) => Promise<Ack<unknown>>;
  /** "Stornieren" (stored as "admin:cancel"): an open ticket of today ends; answers how many ended. */
  readonly cancel: (ticketId: string, note: string | undefined) => Promise<Ack<{ readonly ended: number }>>;
  /** "Tag schließen" (stored as "admin:close-day"): today's open tickets end, no more numbers today. */
  readonly closeDay: (note: string | undefined) => Promise<Ack<{ readonly ended: number }>>;
  /** Records that a number's paper did not come out (trouble), or that it came out after all (null). */
  readonly recordPrint: (ticketId: string, trouble: PrintTrouble | null) => Promise<Ack<unknown>>;
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
  /**
   * Whether a number of this errand drawn in this state would probably be called only after closing
   * time plus grace (the errand's cut-off); never when left out.
   */
  readonly pastClosing?: (state: OfficeState, errandId: string) => boolean;
  /** Called for each command decided, before it is stored (the estimates follow the state). */
  readonly onDecided?: (before: OfficeState, events: readonly DomainEvent[], after: OfficeState) => void;
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

/** Draws closer together than this are spread over the following milliseconds (see drawTime). */
const DRAW_BURST_MS = 1000;

type Reply<T> = (next: OfficeState, events: readonly DomainEvent[], token: string) => T;

/** One command on its way into the store. */
interface Item {
  readonly name: string;
  /** Null for the hub's own commands (rollover, a new setup). */
  readonly requestId: string | null;
  readonly command: Command;
  readonly reply: Reply<unknown>;
  /** The reply is computed from the state the whole batch leaves behind (see {@link commitBatch}). */
  readonly replyFromBatch: boolean;
  /** The request id was looked up already and not found. */
  fresh: boolean;
}

/** A client's command waiting for the next group commit. */
interface Queued extends Item {
  readonly started: number;
  pause: number;
  readonly resolve: (ack: Ack<unknown>) => void;
  readonly reject: (error: unknown) => void;
}

/** What the batch decided for one item before anything is written. */
type Plan =
  | { readonly kind: 'answered'; readonly ack: Ack<unknown> }
  | { readonly kind: 'same-as'; readonly index: number }
  | { readonly kind: 'refused'; readonly ack: Ack<unknown>; readonly at: number }
  | {
      readonly kind: 'accepted';
      readonly events: readonly DomainEvent[];
      readonly next: OfficeState;
      readonly rows: Pick<CommitInput, 'tickets' | 'places'>;
      readonly at: number;
    };

interface BatchOutcome {
  readonly acks: readonly Ack<unknown>[];
  /** Every event the batch stored, in order: one broadcast for the whole group. */
  readonly events: readonly DomainEvent[];
  readonly next: OfficeState;
  readonly seq: number;
}

export function createOffice({
  store,
  setup,
  clock,
  newId,
  newToken,
  outlookOf,
  pastClosing,
  onDecided,
  onEvents,
  logger,
}: OfficeOptions): Office {
  const loaded = store.loadState(setup());
  let state = loaded.state;
  let seq = loaded.seq;
  let clockBehind = false;
  let queue: Queued[] = [];
  let flushScheduled = false;
  let lastDrawAt = -Infinity;

  const storedReply = (requestId: string): Ack<unknown> | undefined =>
    store.findReply(requestId) as Ack<unknown> | undefined;

  const busy = (): Ack<never> => ({
    ok: false,
    error: wireError('busy', 'Another connection holds the database lock.'),
  });

  /**
   * When a draw happens: the clock, but never the same millisecond as the draw before. Tickets queue
   * by the time they were drawn, so a burst of draws keeps the order the kiosks sent them in (and each
   * joins the end of the queue). A clock that went back by more than a moment is followed.
   */
  function drawTime(now: number): number {
    const at = now <= lastDrawAt && lastDrawAt - now < DRAW_BURST_MS ? lastDrawAt + 1 : now;
    lastDrawAt = at;
    return at;
  }

  /** What a decision at `now` may use; a day that starts brings the numbers the store holds for it. */
  function contextAt(now: number, current: OfficeState): DecideContext {
    const setupNow = setup();
    const day = dayToStart(current, now, setupNow.timeZone);
    const ctx: DecideContext = {
      setup: setupNow,
      now,
      newId,
      // Asked only for a draw of an errand whose cut-off stops issuing.
      ...(pastClosing ? { pastClosing: (errandId: string) => pastClosing(current, errandId) } : {}),
    };
    return day === null ? ctx : { ...ctx, storedNumbers: { day, lastNumbers: store.lastNumbers(day) } };
  }

  /**
   * Decides the items in order, each against the state the ones before it left, and writes them all in
   * one transaction: one sync to disk for every command that arrived while the last one was written
   * (group commit). Each item still gets its own command row, events and stored reply, in arrival
   * order; nobody is answered before the transaction has committed.
   */
  function commitBatch(items: readonly Item[], wait: boolean): BatchOutcome {
    return store.transaction(
      () => {
        const now = clock.now();
        let working = state;
        const firstOf = new Map<string, number>();
        const plans = items.map((item, index): Plan => {
          if (item.requestId !== null) {
            // The same request twice in one batch (a client's retry) gets the first one's answer.
            const first = firstOf.get(item.requestId);
            if (first !== undefined) return { kind: 'same-as', index: first };
            firstOf.set(item.requestId, index);
            // A retried request (lost acknowledgement, reconnect) gets the first answer, never a second ticket.
            const stored = item.fresh ? undefined : storedReply(item.requestId);
            if (stored !== undefined) return { kind: 'answered', ack: stored };
          }
          const at = item.command.type === 'draw' ? drawTime(now) : now;
          const decision = decide(working, item.command, contextAt(at, working));
          if (!decision.ok) return { kind: 'refused', ack: { ok: false, error: decision.error }, at };
          const events = decision.value;
          const { after, tickets, places } = changedRows(working, events);
          onDecided?.(working, events, after);
          working = after;
          return { kind: 'accepted', events, next: after, rows: { tickets, places }, at };
        });

        const acks: Ack<unknown>[] = [];
        const events: DomainEvent[] = [];
        let last = seq;
        plans.forEach((plan, index) => {
          const item = items[index];
          if (!item) return;
          if (plan.kind === 'answered') acks.push(plan.ack);
          else if (plan.kind === 'same-as') acks.push(acks[plan.index] ?? busy());
          else if (plan.kind === 'refused') {
            const { requestId, name: command } = item;
            store.commit({
              requestId,
              command,
              events: [],
              tickets: [],
              places: [],
              reply: plan.ack,
              at: plan.at,
            });
            acks.push(plan.ack);
          } else if (item.requestId === null && plan.events.length === 0) {
            // The hub's own commands that decide nothing leave nothing behind.
            acks.push({ ok: true, value: item.reply(plan.next, [], '') });
          } else {
            const token = newToken();
            const followTokens = plan.events.flatMap((e) =>
              e.type === 'TicketDrawn' ? [{ ticketId: e.ticket.id, token }] : [],
            );
            // A draw tells where its ticket stands in the queue as this batch leaves it: that is what
            // the follow page shows a moment later (later draws never move an earlier ticket back).
            const replyState = item.replyFromBatch ? working : plan.next;
            const ack: Ack<unknown> = { ok: true, value: item.reply(replyState, plan.events, token) };
            const { requestId, name: command } = item;
            const written = store.commit({
              requestId,
              command,
              events: plan.events,
              ...plan.rows,
              reply: ack,
              at: plan.at,
              followTokens,
            });
            events.push(...plan.events);
            last = written.seq;
            acks.push(ack);
          }
        });
        return { acks, events, next: working, seq: last };
      },
      { wait },
    );
  }

  /** Commits the items, and only then moves memory and tells the listeners. */
  function apply(items: readonly Item[], wait: boolean): readonly Ack<unknown>[] {
    let outcome: BatchOutcome;
    try {
      outcome = commitBatch(items, wait);
    } catch (error) {
      // A request id looked up once was stored meanwhile (UNIQUE(request_id)): look every one up again.
      if (!isDuplicateRequest(error) || items.every((item) => !item.fresh)) throw error;
      outcome = commitBatch(
        items.map((item) => ({ ...item, fresh: false })),
        wait,
      );
    }
    const after = seq;
    state = outcome.next;
    seq = outcome.seq;
    // One batch for the group: the screens apply the same events in the same order.
    if (outcome.events.length > 0) onEvents({ after, seq, events: outcome.events });
    return outcome.acks;
  }

  /** A command now, in a transaction of its own. */
  function applyNow(item: Item, wait = true): Ack<unknown> {
    if (item.requestId === null) {
      // The hub's own commands (a rollover check, a setup that moves no place) that decide nothing
      // cost no transaction, no row and no sync to disk.
      const decision = decide(state, item.command, contextAt(clock.now(), state));
      if (decision.ok && decision.value.length === 0) return { ok: true, value: item.reply(state, [], '') };
    }
    try {
      return apply([item], wait)[0] ?? busy();
    } catch (error) {
      // A client may send the same request again; the hub's own commands throw to their caller.
      if (item.requestId !== null && isBusy(error)) return busy();
      throw error;
    }
  }

  /** Writes everything queued since the last flush in one transaction. */
  function flush(): void {
    flushScheduled = false;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    let acks: readonly Ack<unknown>[];
    try {
      acks = apply(batch, false);
    } catch (error) {
      if (!isBusy(error) && batch.length > 1) {
        // Not a lock: something in one command. Each is tried alone, so it fails no other.
        for (const item of batch) applyAlone(item);
        return;
      }
      if (!isBusy(error)) {
        for (const item of batch) item.reject(error);
        return;
      }
      // Another connection holds the write lock: try again a moment later while the event loop
      // keeps serving every screen, up to LOCK_PATIENCE_MS per command, then answer `busy`.
      for (const item of batch) {
        if (performance.now() - item.started >= LOCK_PATIENCE_MS) {
          item.resolve(busy());
          continue;
        }
        // Looked up once; should a retry of the same request be stored meanwhile, UNIQUE says so.
        item.fresh = true;
        const pause = item.pause;
        item.pause = Math.min(pause * 2, 200);
        setTimeout(() => enqueue(item), pause).unref();
      }
      return;
    }
    batch.forEach((item, index) => item.resolve(acks[index] ?? busy()));
  }

  function applyAlone(item: Queued): void {
    let ack: Ack<unknown>;
    try {
      ack = apply([item], false)[0] ?? busy();
    } catch (error) {
      if (isBusy(error)) enqueue(item);
      else item.reject(error);
      return;
    }
    item.resolve(ack);
  }

  /** A command for the next group commit; settles once it is stored (or refused). */
  function queued(item: Item): Promise<Ack<unknown>> {
    return new Promise((resolve, reject) => {
      // Real time, not the office clock: this is about how long a screen waits for its answer.
      enqueue({ ...item, started: performance.now(), pause: 20, resolve, reject });
    });
  }

  function enqueue(item: Queued): void {
    queue.push(item);
    if (flushScheduled) return;
    flushScheduled = true;
    // After the current turn of the event loop: every command that arrived with this one joins it.
    setImmediate(flush);
  }

  const counterReply =
    (placeId: string) =>
    (next: OfficeState, events: readonly DomainEvent[]): CommandReply<'counter:call-next'> => {
      const place = next.places[placeId] ?? emptyPlace(placeId);
      const last = events.at(-1);
      const ticketId = (last && ticketIdOf(last)) ?? place.ticketId;
      return { place, ticket: ticketId === null ? null : (next.tickets.get(ticketId) ?? null) };
    };

  function drawReply(
    next: OfficeState,
    events: readonly DomainEvent[],
    token: string,
  ): CommandReply<'ticket:draw'> {
    const drawn = events.find((e) => e.type === 'TicketDrawn');
    const ticket = drawn?.type === 'TicketDrawn' ? next.tickets.get(drawn.ticket.id) : undefined;
    if (!ticket) throw new Error('a draw recorded no ticket');
    const { ahead, estimate } = outlookOf(next, ticket.id);
    return { ticket, ahead, followToken: token, estimate };
  }

  function itemOf<N extends CommandName>(name: N, request: CommandRequest<N>, fresh: boolean): Item {
    const command = (commandFor[name] as (r: CommandRequest<N>) => Command)(request);
    const draw = !('placeId' in command);
    const reply: Reply<unknown> = draw ? drawReply : counterReply(command.placeId);
    return { name, requestId: request.requestId, command, reply, replyFromBatch: draw, fresh };
  }

  /** A command of the office head, stored like a client's (the change log shows who did what, when). */
  function adminCommand(name: string, command: Command): Promise<Ack<{ readonly ended: number }>> {
    return queued({
      name,
      requestId: `admin-${newId()}`,
      command,
      reply: (_next, events) => ({ ended: events.filter((e) => e.type === 'TicketExpired').length }),
      replyFromBatch: false,
      fresh: true,
    }) as Promise<Ack<{ readonly ended: number }>>;
  }

  return {
    state: () => state,
    seq: () => seq,
    handle: (name, request, options = {}) =>
      applyNow(itemOf(name, request, options.fresh ?? false)) as Ack<CommandReply<typeof name>>,
    submit: (name, request, options = {}) =>
      queued(itemOf(name, request, options.fresh ?? false)) as Promise<Ack<CommandReply<typeof name>>>,
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
      applyNow(ownCommand('office:roll-over', { type: 'roll-over' }));
    },
    applySetup: (before) => {
      applyNow(ownCommand('settings:apply', { type: 'apply-setup', before }));
    },
    setIssuing: (errandIds, stopped) =>
      queued({
        name: 'admin:set-issuing',
        // Stored like a client's command: the change log shows what the office head did and when.
        requestId: `admin-${newId()}`,
        command: { type: 'set-issuing', errandIds, stopped },
        reply: (next) => ({ stoppedErrands: next.stoppedErrands }),
        replyFromBatch: false,
        fresh: true,
      }) as Promise<Ack<{ readonly stoppedErrands: readonly string[] }>>,
    cancel: (ticketId, note) => adminCommand('admin:cancel', { type: 'cancel', ticketId, note }),
    closeDay: (note) => adminCommand('admin:close-day', { type: 'close-day', note }),
    signOut: (placeId) => hubCommand('hub:sign-out', { type: 'staff', placeId, staffed: false }),
    recordPrint: (ticketId, trouble) =>
      trouble
        ? hubCommand('hub:print-failed', { type: 'print-failed', ticketId, trouble })
        : hubCommand('hub:printed', { type: 'printed', ticketId }),
  };

  /** A command the hub gives itself, queued with the clients' (it may have to wait for the lock). */
  function hubCommand(name: string, command: Command): Promise<Ack<unknown>> {
    return queued({
      name,
      requestId: `hub-${newId()}`,
      command,
      reply: () => null,
      replyFromBatch: false,
      fresh: true,
    });
  }
}

const ownCommand = (name: string, command: Command): Item => ({
  name,
  requestId: null,
  command,
  reply: () => null,
  replyFromBatch: false,
  fresh: true,
});

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
  'counter:pause': (r) => ({ type: 'pause', placeId: r.placeId, paused: r.paused, minutes: r.minutes }),
  'counter:staff': (r) => ({ type: 'staff', placeId: r.placeId, staffed: r.staffed }),
  'counter:undo': (r) => ({ type: 'undo', placeId: r.placeId, ticketId: r.ticketId }),
  'counter:reopen': (r) => ({ type: 'reopen', placeId: r.placeId, ticketId: r.ticketId }),
};
