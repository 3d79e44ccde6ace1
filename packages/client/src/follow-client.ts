import type { ClientToServerEvents, FollowView, ServerToClientEvents } from '@aufruf/protocol';
import { FOLLOW_UNKNOWN, followPageViewSchema, followSyncReplySchema } from '@aufruf/protocol/follow';
import { io } from 'socket.io-client';
import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import { createBackoff, createPause } from './backoff.ts';

// The phone page's connection. Unlike the staff client it imports only socket.io-client and the follow
// schema (see @aufruf/protocol/follow), so the page stays small. Type-only imports cost nothing.

/**
 * `unknown`: the hub does not know the token, or its ticket is no longer in today's queue. Final: the
 * page says so and stops asking.
 */
export type FollowStatus = 'connecting' | 'online' | 'offline' | 'unknown';

/** What a follow page renders: its ticket's last known view and whether that view is live. */
export interface FollowState {
  readonly status: FollowStatus;
  /** The last view received; kept while offline, so the page still shows the number. */
  readonly view: FollowView | null;
}

export interface FollowClientOptions {
  /** The ticket's follow token, from the page address `/t/<token>`. */
  readonly token: string;
  /** Hub address; the page's own origin when omitted. */
  readonly url?: string;
  /** How long to wait for the hub's answer to `follow:sync` before asking again. */
  readonly ackTimeoutMs?: number;
  /** After the hub refused us for being busy or dropped us on a restart, try again after this long. */
  readonly retryMs?: number;
  /** While connected, ask for the full view this often anyway (see below). */
  readonly resyncMs?: number;
  /** Passed to socket.io-client, e.g. `{ transports: ['websocket'] }` in tests. */
  readonly socket?: Partial<ManagerOptions & SocketOptions>;
}

export interface FollowClient {
  readonly getState: () => FollowState;
  readonly subscribe: (listener: () => void) => () => void;
  /** Asks for the full view again, e.g. when the phone wakes the page up; reconnects if needed. */
  readonly refresh: () => void;
  readonly close: () => void;
}

/**
 * Follows one ticket. On every (re)connect it asks for the full view (`follow:sync`) rather than
 * trusting what it had, then applies the hub's `follow:update` pushes; everything is parsed first.
 */
export function createFollowClient(options: FollowClientOptions): FollowClient {
  const ackTimeoutMs = options.ackTimeoutMs ?? 5000;
  const retryMs = options.retryMs ?? 5000;
  const resyncMs = options.resyncMs ?? 60_000;
  const socketOptions: Partial<ManagerOptions & SocketOptions> = {
    ...options.socket,
    autoConnect: false,
    auth: { follow: options.token },
  };
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> =
    options.url === undefined ? io(socketOptions) : io(options.url, socketOptions);
  const listeners = new Set<() => void>();
  let state: FollowState = { status: 'connecting', view: null };
  let syncing = false;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const syncRetry = createBackoff();
  const pause = createPause();

  const publish = (next: Partial<FollowState>): void => {
    if (closed) return;
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  /** The hub has no such ticket (any more): stop reconnecting, there is nothing left to follow. */
  const giveUp = (): void => {
    publish({ status: 'unknown' });
    clearTimeout(retry);
    clearInterval(resync);
    socket.close();
  };

  const retryLater = (): void => {
    clearTimeout(retry);
    retry = setTimeout(() => {
      if (!closed && !socket.connected) socket.connect();
    }, retryMs);
  };

  const sync = async (): Promise<void> => {
    if (syncing) return;
    syncing = true;
    try {
      while (socket.connected && !closed) {
        let raw: unknown;
        try {
          raw = await socket.timeout(ackTimeoutMs).emitWithAck('follow:sync');
        } catch {
          continue; // No answer in time: ask again while the link is up.
        }
        // Parsed whole, refusal included: nothing the hub says is trusted to have its declared shape.
        const reply = followSyncReplySchema.safeParse(raw);
        const answer = reply.success ? reply.data : null;
        if (answer?.ok) {
          syncRetry.reset();
          return publish({ status: 'online', view: answer.value });
        }
        if (answer?.error.code === FOLLOW_UNKNOWN) return giveUp();
        // Any other failure (a hub mid-restart, a reply this page cannot read): ask again after a
        // growing pause, never in a tight loop.
        await pause.wait(syncRetry.next());
      }
    } finally {
      syncing = false;
    }
  };

  // The hub pushes a view when a command changes it, but not when time alone does (the estimate of a
  // ticket whose queue stands still) nor when a new day drops the ticket from the queue. A small
  // sync now and then covers both, at the cost of one short message a minute.
  const resync = setInterval(() => {
    if (socket.connected && state.status === 'online') void sync();
  }, resyncMs);

  socket.on('connect', () => void sync());
  socket.on('follow:update', (raw: unknown) => {
    const parsed = followPageViewSchema.safeParse(raw);
    // Until the first sync has answered, the status stays as it is: a push alone is not "online" yet.
    if (parsed.success) publish({ view: parsed.data });
  });
  socket.on('disconnect', (reason) => {
    if (state.status === 'unknown') return;
    publish({ status: 'offline' });
    // The hub closed the connection itself (a restart): Socket.IO does not retry that on its own.
    if (reason === 'io server disconnect') retryLater();
  });
  socket.on('connect_error', (error: Error & { data?: unknown }) => {
    const code = refusalCode(error.data);
    // The hub does not know the token: final. Any other refusal (busy, a failure while checking) and
    // any broken link are worth another try.
    if (code === FOLLOW_UNKNOWN) return giveUp();
    publish({ status: 'offline' });
    // Socket.IO retries a broken transport by itself, but not a refusal from the hub's middleware.
    if (code !== null) retryLater();
  });

  socket.connect();

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh: () => {
      if (closed || state.status === 'unknown') return;
      if (socket.connected) void sync();
      else socket.connect();
    },
    close: () => {
      closed = true;
      pause.wake();
      clearTimeout(retry);
      clearInterval(resync);
      socket.close();
      listeners.clear();
    },
  };
}

/** The code of a connect_error's data, if it has one (any refusal but FOLLOW_UNKNOWN is retried alike). */
function refusalCode(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('code' in data)) return null;
  return typeof data.code === 'string' ? data.code : null;
}
