import { z } from 'zod';
import { ackSchema } from './errors.ts';
import type { Ack } from './errors.ts';
import type {
  CounterReply,
  DeviceStatus,
  DrawReply,
  EventBatch,
  FollowView,
  PrintJobRequest,
  PublicOffice,
  Snapshot,
} from './messages.ts';
import { counterReplySchema, drawReplySchema, followViewSchema, snapshotSchema } from './messages.ts';
import { printReplySchema } from './printer.ts';
import type {
  PrinterReport,
  PrinterStatusInput,
  PrintFailedRequest,
  PrintReply,
  PrintRequest,
  ReprintRequest,
} from './printer.ts';
import {
  callRequestSchema,
  configurePlaceRequestSchema,
  drawRequestSchema,
  pauseRequestSchema,
  staffRequestSchema,
  undoRequestSchema,
  placeRequestSchema,
  transferRequestSchema,
} from './requests.ts';

/**
 * Every command a client can send: its request schema and, for the type system, its reply.
 * The hub and the clients both read this table, so an event name or payload cannot differ between them.
 */
export const commandSchemas = {
  'ticket:draw': drawRequestSchema,
  'counter:configure': configurePlaceRequestSchema,
  'counter:call-next': placeRequestSchema,
  'counter:call': callRequestSchema,
  'counter:recall': placeRequestSchema,
  'counter:complete': placeRequestSchema,
  'counter:no-show': placeRequestSchema,
  'counter:put-back': placeRequestSchema,
  'counter:transfer': transferRequestSchema,
  'counter:pause': pauseRequestSchema,
  /** "Wieder aufnehmen": a no-show of today waits again. */
  'counter:reopen': callRequestSchema,
  'counter:staff': staffRequestSchema,
  'counter:undo': undoRequestSchema,
} as const;

export type CommandName = keyof typeof commandSchemas;
export type CommandRequest<N extends CommandName> = z.infer<(typeof commandSchemas)[N]>;
export type CommandReply<N extends CommandName> = N extends 'ticket:draw' ? DrawReply : CounterReply;

export const commandNames = Object.keys(commandSchemas) as CommandName[];
export const isCommandName = (name: string): name is CommandName => Object.hasOwn(commandSchemas, name);

type CommandHandlers = {
  [N in CommandName]: (request: CommandRequest<N>, ack: (reply: Ack<CommandReply<N>>) => void) => void;
};

/** What clients send. */
export interface ClientToServerEvents extends CommandHandlers {
  /** Asks for a full snapshot; staff clients send it after every (re)connect. */
  'office:sync': (ack: (reply: Ack<Snapshot>) => void) => void;
  /** A follow page asks for its one ticket's view. */
  'follow:sync': (ack: (reply: Ack<FollowView>) => void) => void;
  /** A browser kiosk asks the hub's printer to print a ticket it drew. */
  'ticket:print': (request: PrintRequest, ack: (reply: Ack<PrintReply>) => void) => void;
  /** A kiosk reports its printer's status (on change and now and then). */
  'printer:report': (status: PrinterStatusInput, ack: (reply: Ack<null>) => void) => void;
  /** A kiosk's own printer did not print the ticket it drew: staff are told, and may reprint it. */
  'ticket:print-failed': (request: PrintFailedRequest, ack: (reply: Ack<null>) => void) => void;
  /** A counter prints again a ticket whose paper did not come out ("Neu drucken"). */
  'ticket:reprint': (request: ReprintRequest, ack: (reply: Ack<PrintReply>) => void) => void;
}

/** What the hub pushes. */
export interface ServerToClientEvents {
  'office:events': (batch: EventBatch) => void;
  /** The office head saved a new setup: what every client may see of it now. */
  'office:settings': (office: PublicOffice) => void;
  /** Every printer's status, whenever one changes (staff see alerts, kiosks their own state). */
  'printers:status': (reports: readonly PrinterReport[]) => void;
  /** The paired kiosks and displays, whenever one comes or goes (staff see one that is gone). */
  'devices:status': (devices: readonly DeviceStatus[]) => void;
  /** The hub asks a kiosk's own printer to print a ticket again; answered with what the printer did. */
  'printer:job': (job: PrintJobRequest, ack: (reply: Ack<PrintReply>) => void) => void;
  /** A follow page's ticket changed (position, call). */
  'follow:update': (view: FollowView) => void;
}

export type ClientEventName = keyof ClientToServerEvents;

/**
 * The hub's view of the same events: nothing that arrives over the network is trusted to have the
 * declared shape, so every argument is `unknown` until its schema has parsed it.
 */
export type UntrustedClientEvents = {
  [N in keyof ClientToServerEvents]: (...args: unknown[]) => void;
};

/** What the hub answers to event N, as its type: the value of the acknowledgement's `ok` side. */
export type ReplyOf<N extends ClientEventName> =
  Parameters<ClientToServerEvents[N]> extends [...unknown[], (reply: Ack<infer R>) => void] ? R : never;

/**
 * The schema of every event's reply, so a client parses what it is told rather than trusting it.
 * Typed against the event map: a reply that changes there and not here does not compile.
 */
export const replySchemas: { readonly [N in ClientEventName]: z.ZodType<Ack<ReplyOf<N>>> } = {
  'office:sync': ackSchema(snapshotSchema),
  'follow:sync': ackSchema(followViewSchema),
  'ticket:print': ackSchema(printReplySchema),
  'printer:report': ackSchema(z.null()),
  'ticket:print-failed': ackSchema(z.null()),
  'ticket:reprint': ackSchema(printReplySchema),
  'ticket:draw': ackSchema(drawReplySchema),
  'counter:configure': ackSchema(counterReplySchema),
  'counter:call-next': ackSchema(counterReplySchema),
  'counter:call': ackSchema(counterReplySchema),
  'counter:recall': ackSchema(counterReplySchema),
  'counter:complete': ackSchema(counterReplySchema),
  'counter:no-show': ackSchema(counterReplySchema),
  'counter:put-back': ackSchema(counterReplySchema),
  'counter:transfer': ackSchema(counterReplySchema),
  'counter:pause': ackSchema(counterReplySchema),
  'counter:reopen': ackSchema(counterReplySchema),
  'counter:staff': ackSchema(counterReplySchema),
  'counter:undo': ackSchema(counterReplySchema),
};
