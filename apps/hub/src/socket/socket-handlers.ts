import { performance } from 'node:perf_hooks';
import { fail, ok } from '@aufruf/core';
import {
  commandSchemas,
  eventRoles,
  invalidPayload,
  printerStatusSchema,
  printFailedRequestSchema,
  printRequestSchema,
  reprintRequestSchema,
  wireError,
} from '@aufruf/protocol';
import type {
  Ack,
  ClientEventName,
  CommandName,
  FollowView,
  ServerToClientEvents,
  Snapshot,
  UntrustedClientEvents,
} from '@aufruf/protocol';
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import type { Connection } from '../auth/identify.ts';
import type { HubMetrics } from '../ops/metrics.ts';
import type { Office } from '../office/office.ts';
import type { CounterPresence } from '../office/counter-presence.ts';
import type { PrinterBoard } from '../printing/printer-board.ts';
import type { TicketPrinting } from '../printing/ticket-printing.ts';
import type { RateLimits } from './rate-limits.ts';

export type HubSocket = Socket<
  UntrustedClientEvents,
  ServerToClientEvents,
  Record<string, never>,
  Connection
>;

export interface SocketDeps {
  readonly office: Office;
  readonly snapshot: (connection: Connection) => Snapshot;
  readonly follow: (ticketId: string) => FollowView | undefined;
  readonly printing: TicketPrinting;
  readonly printers: PrinterBoard;
  readonly limits: RateLimits;
  readonly metrics: HubMetrics;
  readonly presence: CounterPresence;
  readonly logger: Logger;
  readonly now: () => number;
}

type Handler = (payload: unknown, socket: HubSocket) => Ack<unknown> | Promise<Ack<unknown>>;

const knownEvents = Object.keys(eventRoles) as ClientEventName[];
const isKnownEvent = (name: unknown): name is ClientEventName =>
  typeof name === 'string' && Object.hasOwn(eventRoles, name);

/**
 * Wires one client's events to the hub. Nothing from the network is trusted: the sender's role is
 * checked first, then the payload is parsed against its schema; a refusal is an error ack that
 * changes nothing, and no handler can throw into Socket.IO (the hub must outlive any client).
 */
export function registerSocketHandlers(socket: HubSocket, deps: SocketDeps): void {
  const handlers = createHandlers(deps);
  if (socket.data.identity.role === 'counter') {
    deps.presence.at(socket.id, socket.data.identity.placeId);
    socket.on('disconnect', () => deps.presence.left(socket.id));
  }
  for (const event of knownEvents) {
    socket.on(event, (...args: unknown[]) => {
      const last = args.at(-1);
      const ack = typeof last === 'function' ? (last as (reply: Ack<unknown>) => void) : undefined;
      const payload = ack ? args.slice(0, -1)[0] : args[0];
      const started = performance.now();
      void answer(deps, event, socket, ack, requestIdOf(payload), () => {
        if (!eventRoles[event].includes(socket.data.identity.role)) {
          return fail(wireError('forbidden', `A ${socket.data.identity.role} may not send ${event}.`));
        }
        return handlers[event](payload, socket);
      }).finally(() => deps.metrics.observe(event, (performance.now() - started) / 1000));
    });
  }

  socket.onAny((event: unknown, ...args: unknown[]) => {
    if (isKnownEvent(event)) return;
    const ack = args.at(-1);
    const name = String(event).slice(0, 64);
    deps.metrics.refused('unknown', 'unknown-event');
    if (typeof ack === 'function') {
      (ack as (reply: Ack<unknown>) => void)(fail(wireError('unknown-event', `Unknown event "${name}"`)));
    }
  });
}

function createHandlers(deps: SocketDeps): Record<ClientEventName, Handler> {
  const { office } = deps;

  const command = (name: CommandName): Handler => {
    return async (payload, socket) => {
      const parsed = commandSchemas[name].safeParse(payload);
      if (!parsed.success) return fail(invalidPayload(parsed.error));
      const request = parsed.data;
      const { identity } = socket.data;
      if ('placeId' in request && identity.placeId !== null && request.placeId !== identity.placeId) {
        return fail(wireError('wrong-place', `This counter is set up for place "${identity.placeId}".`));
      }
      // A counter free to choose its place tells the hub where it works only by acting for it.
      if ('placeId' in request && identity.role === 'counter') deps.presence.at(socket.id, request.placeId);
      // A retried draw (same id) is answered from the store and costs nothing; a fresh one counts
      // against the kiosk's limit and is not looked up a second time.
      const draw = name === 'ticket:draw';
      if (draw) {
        const stored = office.storedReply(request.requestId);
        if (stored !== undefined) return stored;
        if (!(await deps.limits.allowDraw(identity.deviceId ?? socket.id))) {
          return fail(wireError('rate-limited', 'Too many numbers from this kiosk in a short time.'));
        }
      }
      return office.submit(name, request, { fresh: draw });
    };
  };

  const commands = Object.fromEntries(Object.keys(commandSchemas).map((n) => [n, command(n as CommandName)]));

  return {
    ...(commands as Record<CommandName, Handler>),
    // A read: the snapshot comes from memory, never from a write (the hub's timer starts new days).
    'office:sync': (_payload, socket) => ok(deps.snapshot(socket.data)),
    'follow:sync': (_payload, socket) => {
      const view = socket.data.ticketId === null ? undefined : deps.follow(socket.data.ticketId);
      return view ? ok(view) : fail(wireError('follow-unknown', 'This ticket is not in today’s queue.'));
    },
    'ticket:print': (payload) => {
      const parsed = printRequestSchema.safeParse(payload);
      if (!parsed.success) return fail(invalidPayload(parsed.error));
      return deps.printing.print(parsed.data);
    },
    'ticket:print-failed': (payload, socket) => {
      const parsed = printFailedRequestSchema.safeParse(payload);
      if (!parsed.success) return fail(invalidPayload(parsed.error));
      const { deviceId } = socket.data.identity;
      // Where a reprint must go: the device's room, or (an unpaired demo kiosk) this very socket's.
      return deps.printing.failed(parsed.data, deviceId === null ? socket.id : `device:${deviceId}`);
    },
    'ticket:reprint': (payload) => {
      const parsed = reprintRequestSchema.safeParse(payload);
      if (!parsed.success) return fail(invalidPayload(parsed.error));
      return deps.printing.reprint(parsed.data.ticketId);
    },
    'printer:report': (payload, socket) => {
      const parsed = printerStatusSchema.safeParse(payload);
      if (!parsed.success) return fail(invalidPayload(parsed.error));
      const { identity } = socket.data;
      deps.printers.report(identity.deviceId ?? socket.id, identity.name, parsed.data, deps.now());
      return ok(null);
    },
  };
}

async function answer(
  deps: SocketDeps,
  event: ClientEventName,
  socket: HubSocket,
  ack: ((reply: Ack<unknown>) => void) | undefined,
  requestId: string | undefined,
  work: () => Ack<unknown> | Promise<Ack<unknown>>,
): Promise<void> {
  let reply: Ack<unknown>;
  const { identity } = socket.data;
  // Every line names the event, who sent it and its request id: enough to follow one press through
  // the log, and nothing about any person (tickets are numbers, devices are named by the office).
  const context = { event, requestId, role: identity.role, device: identity.deviceId };
  try {
    reply = await work();
  } catch (error) {
    deps.logger.error({ ...context, err: error }, 'event failed');
    reply = fail(wireError('internal', 'The hub could not process this request; nothing was changed.'));
  }
  if (reply.ok) {
    // Commands are what the office did (drawn, called, served): info. Syncs and reports: debug.
    deps.logger[Object.hasOwn(commandSchemas, event) ? 'info' : 'debug'](context, 'handled');
  } else {
    deps.metrics.refused(event, reply.error.code);
    deps.logger.info({ ...context, code: reply.error.code }, 'refused');
  }
  try {
    ack?.(reply);
  } catch (error) {
    deps.logger.warn({ ...context, err: error }, 'could not acknowledge');
  }
}

/** The request id of a payload, for the log; only a short, well-formed one is repeated there. */
function requestIdOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null || !('requestId' in payload)) return undefined;
  const { requestId } = payload;
  return typeof requestId === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(requestId) ? requestId : undefined;
}
