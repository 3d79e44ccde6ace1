import type { ClientToServerEvents, HandshakeAuth, ServerToClientEvents } from '@aufruf/protocol';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import type { BareAuth, BareClientEvents, BareServerEvents } from './child-protocol.ts';

export type HubClient = Socket<ServerToClientEvents, ClientToServerEvents>;
export type BareClient = Socket<BareServerEvents, BareClientEvents>;

/** Every bench client: websocket only (as the apps), no reconnects (a drop is a failure, not noise). */
const options = (auth: object) => ({
  transports: ['websocket'],
  reconnection: false,
  forceNew: true,
  auth,
});

/** The part of a socket that tells whether it got in. */
interface Opening {
  once(event: 'connect', listener: () => void): unknown;
  once(event: 'connect_error', listener: (error: Error) => void): unknown;
  close(): unknown;
}

function opened<T extends Opening>(socket: T): Promise<T> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error) => {
      socket.close();
      reject(error);
    });
  });
}

export const connectHub = (url: string, auth: HandshakeAuth): Promise<HubClient> =>
  opened<HubClient>(io(url, options(auth)));

export const connectBare = (url: string, auth: BareAuth): Promise<BareClient> =>
  opened<BareClient>(io(url, options(auth)));

/** Opens `count` connections a batch at a time (a storm of 500 handshakes would only measure the storm). */
export async function connectMany<T>(
  count: number,
  open: (index: number) => Promise<T>,
  batch = 50,
): Promise<T[]> {
  const sockets: T[] = [];
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start);
    sockets.push(...(await Promise.all(Array.from({ length: size }, (_, i) => open(start + i)))));
  }
  return sockets;
}

let made = 0;
/** A request id as clients make them: unique, 8–64 characters of [A-Za-z0-9_-]. */
export const requestId = (): string => `bench-${process.pid}-${++made}`;

/** How long the bench waits for any acknowledgement before it calls the run broken. */
export const ACK_TIMEOUT_MS = 10_000;

/**
 * An acknowledgement, or an error after {@link ACK_TIMEOUT_MS}. (socket.timeout().emitWithAck would
 * do the same, but its typings lose the reply type.)
 */
export async function acked<T>(what: string, reply: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no acknowledgement for ${what} within ${ACK_TIMEOUT_MS} ms`)),
      ACK_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([reply, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
