import { fail, ok } from '@aufruf/core';
import { commandNames, commandSchemas, invalidPayload, isCommandName, wireError } from '@aufruf/protocol';
import type {
  Ack,
  CommandName,
  ServerToClientEvents,
  Snapshot,
  UntrustedClientEvents,
} from '@aufruf/protocol';
import type { Logger } from 'pino';
import type { Socket } from 'socket.io';
import type { Office } from './office.ts';

type HubSocket = Socket<UntrustedClientEvents, ServerToClientEvents>;

export interface SocketDeps {
  readonly office: Office;
  readonly snapshot: () => Snapshot;
  readonly logger: Logger;
}

/**
 * Wires one client's events to the office. Nothing from the network is trusted: every payload is parsed
 * against its schema, a bad one is answered with an error ack and changes nothing, and no handler can
 * throw into Socket.IO (the hub must outlive any client).
 */
export function registerSocketHandlers(socket: HubSocket, { office, snapshot, logger }: SocketDeps): void {
  for (const name of commandNames) {
    socket.on(name, (...args: unknown[]) => {
      const [payload, ack] = args;
      const respond = typeof ack === 'function' ? (ack as (reply: Ack<unknown>) => void) : undefined;
      guarded(logger, name, respond, () => handleCommand(office, name, payload));
    });
  }

  socket.on('office:sync', (...args: unknown[]) => {
    const ack = args.at(-1);
    if (typeof ack !== 'function') return;
    guarded(logger, 'office:sync', ack as (reply: Ack<unknown>) => void, () => {
      office.rollOver();
      return ok(snapshot());
    });
  });

  socket.onAny((event: unknown, ...args: unknown[]) => {
    if (typeof event === 'string' && (isCommandName(event) || event === 'office:sync')) return;
    const ack = args.at(-1);
    logger.warn({ event: String(event).slice(0, 64) }, 'unknown event');
    if (typeof ack === 'function') {
      (ack as (reply: Ack<unknown>) => void)(
        fail(wireError('unknown-event', `Unknown event "${String(event).slice(0, 64)}"`)),
      );
    }
  });
}

function handleCommand(office: Office, name: CommandName, payload: unknown): Ack<unknown> {
  const parsed = commandSchemas[name].safeParse(payload);
  if (!parsed.success) return fail(invalidPayload(parsed.error));
  return office.handle(name, parsed.data);
}

function guarded(
  logger: Logger,
  event: string,
  respond: ((reply: Ack<unknown>) => void) | undefined,
  work: () => Ack<unknown>,
): void {
  let reply: Ack<unknown>;
  try {
    reply = work();
  } catch (error) {
    logger.error({ err: error, event }, 'command failed');
    reply = fail(wireError('internal', 'The hub could not process this request; nothing was changed.'));
  }
  if (!reply.ok) logger.info({ event, code: reply.error.code }, 'refused');
  try {
    respond?.(reply);
  } catch (error) {
    logger.warn({ err: error, event }, 'could not acknowledge');
  }
}
