import type { ClientToServerEvents, CommandName, ServerToClientEvents } from '@aufruf/protocol';
import type { Socket } from 'socket.io-client';

/** The events that carry a request id: commands, and the hub's printing. */
export type RequestEvent = CommandName | 'ticket:print' | 'ticket:print-failed' | 'ticket:reprint';
/** What the event map says an event sends, without the request id (the client adds it). */
export type RequestInput<N extends RequestEvent> = Omit<Parameters<ClientToServerEvents[N]>[0], 'requestId'>;
type TimedSocket = ReturnType<Socket<ServerToClientEvents, ClientToServerEvents>['timeout']>;

/**
 * One typed emit per request event: each line is checked against the event map, and the table must
 * have every event (a generic `emitWithAck(name, …)` cannot be checked for a name known only at run time).
 * The reply comes back unparsed, as `unknown`.
 */
export const emitters: {
  readonly [N in RequestEvent]: (
    socket: TimedSocket,
    input: RequestInput<N>,
    requestId: string,
  ) => Promise<unknown>;
} = {
  'ticket:draw': (s, input, requestId) => s.emitWithAck('ticket:draw', { ...input, requestId }),
  'ticket:print': (s, input, requestId) => s.emitWithAck('ticket:print', { ...input, requestId }),
  'ticket:print-failed': (s, input, requestId) =>
    s.emitWithAck('ticket:print-failed', { ...input, requestId }),
  'ticket:reprint': (s, input, requestId) => s.emitWithAck('ticket:reprint', { ...input, requestId }),
  'counter:configure': (s, input, requestId) => s.emitWithAck('counter:configure', { ...input, requestId }),
  'counter:call-next': (s, input, requestId) => s.emitWithAck('counter:call-next', { ...input, requestId }),
  'counter:call': (s, input, requestId) => s.emitWithAck('counter:call', { ...input, requestId }),
  'counter:recall': (s, input, requestId) => s.emitWithAck('counter:recall', { ...input, requestId }),
  'counter:complete': (s, input, requestId) => s.emitWithAck('counter:complete', { ...input, requestId }),
  'counter:no-show': (s, input, requestId) => s.emitWithAck('counter:no-show', { ...input, requestId }),
  'counter:put-back': (s, input, requestId) => s.emitWithAck('counter:put-back', { ...input, requestId }),
  'counter:transfer': (s, input, requestId) => s.emitWithAck('counter:transfer', { ...input, requestId }),
  'counter:pause': (s, input, requestId) => s.emitWithAck('counter:pause', { ...input, requestId }),
  'counter:reopen': (s, input, requestId) => s.emitWithAck('counter:reopen', { ...input, requestId }),
  'counter:staff': (s, input, requestId) => s.emitWithAck('counter:staff', { ...input, requestId }),
  'counter:undo': (s, input, requestId) => s.emitWithAck('counter:undo', { ...input, requestId }),
};
