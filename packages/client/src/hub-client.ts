import { evolveAll } from '@aufruf/core';
import type { OfficeState } from '@aufruf/core';
import { eventBatchSchema, snapshotSchema } from '@aufruf/protocol';
import type {
  Ack,
  ClientToServerEvents,
  CommandName,
  CommandReply,
  CommandRequest,
  PublicOffice,
  ServerToClientEvents,
  Snapshot,
} from '@aufruf/protocol';
import { nanoid } from 'nanoid';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';

/** What a screen renders: the office, its queue, and whether that picture is live. */
export interface HubView {
  readonly status: ConnectionStatus;
  readonly office: PublicOffice | null;
  readonly state: OfficeState | null;
  /** Hub clock minus this device's clock, in ms; add it to Date.now() to get hub time. */
  readonly clockOffset: number;
}

export interface HubClientOptions {
  /** Hub address; the page's own origin when omitted. */
  readonly url?: string;
  /** How long to wait for an acknowledgement before a command is retried (same request id). */
  readonly ackTimeoutMs?: number;
  /** Passed to socket.io-client, e.g. `{ transports: ['websocket'] }` in tests. */
  readonly socket?: Parameters<typeof io>[1];
}

/** Omits the request id: the client makes one per command. */
export type CommandInput<N extends CommandName> = Omit<CommandRequest<N>, 'requestId'>;

export interface HubClient {
  readonly getView: () => HubView;
  readonly subscribe: (listener: () => void) => () => void;
  /** Sends a command once; a lost acknowledgement is retried with the same request id. */
  readonly send: <N extends CommandName>(name: N, input: CommandInput<N>) => Promise<Ack<CommandReply<N>>>;
  readonly close: () => void;
}

/** The socket seen without its event map, for sending a command chosen at run time. */
interface LooseSocket {
  timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> };
}

const notReached = (message: string): Ack<never> => ({ ok: false, error: { code: 'unreachable', message } });

/**
 * A typed connection to the hub. After every (re)connect it fetches a full snapshot instead of trusting
 * connection-state recovery, then applies pushed event batches; a gap in the sequence triggers a resync.
 */
export function createHubClient(options: HubClientOptions = {}): HubClient {
  const ackTimeoutMs = options.ackTimeoutMs ?? 4000;
  const socketOptions = { ...options.socket, autoConnect: false };
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> =
    options.url === undefined ? io(socketOptions) : io(options.url, socketOptions);
  const listeners = new Set<() => void>();
  let view: HubView = { status: 'connecting', office: null, state: null, clockOffset: 0 };
  let seq = -1;
  let syncing = false;

  const publish = (next: Partial<HubView>): void => {
    view = { ...view, ...next };
    for (const listener of listeners) listener();
  };

  const applySnapshot = (snapshot: Snapshot): void => {
    seq = snapshot.seq;
    publish({
      status: 'online',
      office: snapshot.office,
      state: snapshot.state,
      clockOffset: snapshot.serverTime - Date.now(),
    });
  };

  const sync = async (): Promise<void> => {
    if (syncing) return;
    syncing = true;
    try {
      while (socket.connected) {
        try {
          const reply: unknown = await socket.timeout(ackTimeoutMs).emitWithAck('office:sync');
          const parsed = snapshotSchema.safeParse(isOk(reply) ? reply.value : undefined);
          if (parsed.success) {
            applySnapshot(parsed.data);
            return;
          }
        } catch {
          // No answer in time: ask again while the link is up.
        }
      }
    } finally {
      syncing = false;
    }
  };

  socket.on('connect', () => {
    void sync();
  });
  socket.on('disconnect', () => publish({ status: 'offline' }));
  socket.io.on('reconnect_attempt', () => {
    if (view.status !== 'offline') publish({ status: 'offline' });
  });
  socket.on('connect_error', () => publish({ status: 'offline' }));
  socket.on('office:resync', () => void sync());
  socket.on('office:events', (raw: unknown) => {
    const parsed = eventBatchSchema.safeParse(raw);
    if (!parsed.success || syncing) return;
    const batch = parsed.data;
    if (batch.after !== seq || !view.state) {
      void sync();
      return;
    }
    seq = batch.seq;
    publish({ state: evolveAll(view.state, batch.events) });
  });

  socket.connect();

  return {
    getView: () => view,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send: async (name, input) => {
      const request = { ...input, requestId: nanoid() };
      // The hub answers a repeated request id with the first reply, so retrying is safe.
      for (let attempt = 0; attempt < 3; attempt++) {
        if (!socket.connected) await onceConnected(socket, ackTimeoutMs);
        try {
          const loose = socket as unknown as LooseSocket;
          const reply = await loose.timeout(ackTimeoutMs).emitWithAck(name, request);
          if (isAck(reply)) return reply as Ack<CommandReply<typeof name>>;
          return notReached('Unerwartete Antwort vom Server.');
        } catch {
          // Timed out: try again with the same request id.
        }
      }
      return notReached('Der Server antwortet nicht. Bitte versuchen Sie es gleich noch einmal.');
    },
    close: () => {
      socket.close();
      listeners.clear();
    },
  };
}

function isAck(value: unknown): value is Ack<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

function isOk(value: unknown): value is { ok: true; value: unknown } {
  return isAck(value) && value.ok;
}

function onceConnected(socket: Socket, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    socket.once('connect', done);
    function done(): void {
      clearTimeout(timer);
      socket.off('connect', done);
      resolve();
    }
  });
}
