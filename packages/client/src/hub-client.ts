import { evolveAll, stateFromPlain } from '@aufruf/core';
import type { OfficeState, ServiceHistory } from '@aufruf/core';
import {
  connectRefusalSchema,
  eventBatchSchema,
  printerReportSchema,
  printJobRequestSchema,
  deviceStatusSchema,
  publicOfficeSchema,
  replySchemas,
} from '@aufruf/protocol';
import type {
  Ack,
  ClientToServerEvents,
  CommandName,
  ConnectRefusal,
  HandshakeAuth,
  Identity,
  PrinterReport,
  DeviceStatus,
  PrinterStatusInput,
  PrintJobRequest,
  PrintReply,
  PublicOffice,
  ReplyOf,
  ServerToClientEvents,
  Snapshot,
} from '@aufruf/protocol';
import { nanoid } from 'nanoid';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';
import { z } from 'zod';
import { createBackoff, createPause } from './backoff.ts';
import type { BackoffOptions } from './backoff.ts';
import { emitters } from './request-emitters.ts';
import type { RequestEvent, RequestInput } from './request-emitters.ts';

/** `refused`: the hub will not take this device as it is (not paired, token revoked). */
export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'refused';

/** What a screen renders: the office, its queue, and whether that picture is live. */
export interface HubView {
  readonly status: ConnectionStatus;
  /** Why the hub refused the connection, while status is `refused`. */
  readonly refusal: ConnectRefusal | null;
  readonly office: PublicOffice | null;
  readonly state: OfficeState | null;
  /** Who the hub took this device for. */
  readonly you: Identity | null;
  readonly printers: readonly PrinterReport[];
  /** The paired kiosks and displays, online or not. */
  readonly devices: readonly DeviceStatus[];
  /** Past days' service times, for wait estimates (see useEstimates). */
  readonly history: ServiceHistory;
  /** Hub clock minus this device's clock, in ms; add it to Date.now() to get hub time. */
  readonly clockOffset: number;
}

export interface HubClientOptions {
  /** Hub address; the page's own origin when omitted. */
  readonly url?: string;
  /** What the device presents on every (re)connect: its token, or in demo mode its role. */
  readonly auth?: () => HandshakeAuth;
  /** How long to wait for an acknowledgement before a command is retried (same request id). */
  readonly ackTimeoutMs?: number;
  /** Passed to socket.io-client, e.g. `{ transports: ['websocket'] }` in tests. */
  readonly socket?: Parameters<typeof io>[1];
  /** How a failed snapshot is retried (0.5 s doubling to 30 s, ± 20 %, by default). */
  readonly syncRetry?: BackoffOptions;
}

/** A fresh request id, for a command the caller must refer to later (see CommandInput). */
export const newRequestId = (): string => nanoid();

/**
 * The request id is the client's to make, one per command; a caller gives its own when it must refer
 * to the command later (a kiosk has the hub print the ticket of its draw).
 */
export type CommandInput<N extends CommandName> = RequestInput<N> & { readonly requestId?: string };

export interface HubClient {
  readonly getView: () => HubView;
  readonly subscribe: (listener: () => void) => () => void;
  /** Sends a command once; a lost acknowledgement is retried with the same request id. */
  readonly send: <N extends CommandName>(name: N, input: CommandInput<N>) => Promise<Ack<ReplyOf<N>>>;
  /** Asks the hub's printer to print a ticket this kiosk drew (browser kiosks). */
  readonly print: (input: RequestInput<'ticket:print'>) => Promise<Ack<PrintReply>>;
  /** Tells the hub how this kiosk's own printer is (Electron kiosks). */
  readonly reportPrinter: (status: PrinterStatusInput) => void;
  /** Tells the hub that the ticket of this kiosk's draw did not come out of its own printer. */
  readonly reportPrintFailure: (input: RequestInput<'ticket:print-failed'>) => Promise<Ack<null>>;
  /** "Neu drucken" at a counter: an owed ticket printed again where it was drawn. */
  readonly reprint: (input: RequestInput<'ticket:reprint'>) => Promise<Ack<PrintReply>>;
  /**
   * Answers the hub's print jobs (a reprint) with this kiosk's own printer; the job is parsed first.
   * Returns a function that stops answering.
   */
  readonly onPrintJob: (print: (job: PrintJobRequest) => Promise<Ack<PrintReply>>) => () => void;
  /** Connects again with fresh credentials, e.g. after pairing. */
  readonly reconnect: () => void;
  readonly close: () => void;
}

const refusalSchema = z.object({ code: connectRefusalSchema });

const failed = (code: 'unreachable' | 'invalid-reply', message: string): Ack<never> => ({
  ok: false,
  error: { code, message },
});

/** How often a command is sent before the client gives up (same request id each time). */
const REQUEST_ATTEMPTS = 3;
/** The pause before sending again a command the hub answered `busy`, growing with each attempt. */
const BUSY_PAUSE_MS = 500;

/** After the hub dropped us (restart, revoked device), try again after this long. */
const RETRY_AFTER_SERVER_DISCONNECT_MS = 1500;

/**
 * A typed connection to the hub. After every (re)connect it fetches a full snapshot instead of trusting
 * connection-state recovery, then applies pushed event batches; a gap in the sequence triggers a resync.
 */
export function createHubClient(options: HubClientOptions = {}): HubClient {
  const ackTimeoutMs = options.ackTimeoutMs ?? 4000;
  const socketOptions = {
    // Back within 2 s of a hub restart: retry every 0.5 s growing to 1 s (Socket.IO's default grows to
    // 5 s). A handful of screens on the office LAN knocking that often costs the hub nothing.
    reconnectionDelay: 500,
    reconnectionDelayMax: 1000,
    ...options.socket,
    autoConnect: false,
    ...(options.auth ? { auth: (cb: (data: object) => void) => cb(options.auth?.() ?? {}) } : {}),
  };
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> =
    options.url === undefined ? io(socketOptions) : io(options.url, socketOptions);
  const listeners = new Set<() => void>();
  let view: HubView = {
    status: 'connecting',
    refusal: null,
    office: null,
    state: null,
    you: null,
    printers: [],
    devices: [],
    history: {},
    clockOffset: 0,
  };
  let seq = -1;
  let syncing = false;
  let closed = false;
  const syncRetry = createBackoff(options.syncRetry);
  const pause = createPause();

  const publish = (next: Partial<HubView>): void => {
    view = { ...view, ...next };
    for (const listener of listeners) listener();
  };

  const applySnapshot = (snapshot: Snapshot): void => {
    seq = snapshot.seq;
    publish({
      status: 'online',
      refusal: null,
      office: snapshot.office,
      state: stateFromPlain(snapshot.state),
      you: snapshot.you,
      printers: snapshot.printers,
      devices: snapshot.devices,
      history: snapshot.history,
      clockOffset: snapshot.serverTime - Date.now(),
    });
  };

  /** One snapshot request; null when it failed, timed out or its reply did not parse. */
  const fetchSnapshot = async (): Promise<Snapshot | null> => {
    let raw: unknown;
    try {
      raw = await socket.timeout(ackTimeoutMs).emitWithAck('office:sync');
    } catch {
      return null; // No answer in time.
    }
    const reply = replySchemas['office:sync'].safeParse(raw);
    if (reply.success && reply.data.ok) return reply.data.value;
    console.warn(
      'snapshot refused or unreadable',
      reply.success ? reply.data : reply.error.issues.slice(0, 3),
    );
    return null;
  };

  /**
   * Fetches a full snapshot while the link is up. A failure is retried after a growing, jittered pause
   * (see createBackoff), reset by the next success: a hub that keeps refusing, or a reply this page
   * cannot read after an upgrade, is asked again and again, but never in a tight loop.
   */
  const sync = async (): Promise<void> => {
    if (syncing) return;
    syncing = true;
    try {
      while (socket.connected && !closed) {
        const snapshot = await fetchSnapshot();
        if (snapshot) {
          syncRetry.reset();
          applySnapshot(snapshot);
          return;
        }
        if (closed) return;
        await pause.wait(syncRetry.next());
      }
    } finally {
      syncing = false;
    }
  };

  socket.on('connect', () => void sync());
  socket.on('disconnect', (reason) => {
    publish({ status: 'offline' });
    // The hub ended the connection itself (restart, revoked device): Socket.IO does not retry that.
    if (reason === 'io server disconnect' && !closed) {
      setTimeout(() => {
        if (!closed && !socket.connected) socket.connect();
      }, RETRY_AFTER_SERVER_DISCONNECT_MS);
    }
  });
  socket.io.on('reconnect_attempt', () => {
    if (view.status === 'online') publish({ status: 'offline' });
  });
  socket.on('connect_error', (error: Error & { data?: unknown }) => {
    const refused = refusalSchema.safeParse(error.data);
    if (refused.success && refused.data.code !== 'rate-limited') {
      publish({ status: 'refused', refusal: refused.data.code });
      return;
    }
    publish({ status: 'offline' });
    // A refusal from the hub's middleware is not retried by Socket.IO; a busy hub is worth retrying.
    if (refused.success && !closed) setTimeout(() => !closed && socket.connect(), 5000);
  });
  // A new setup: errands, places, rules and texts change in place; the queue itself comes as events.
  socket.on('office:settings', (raw: unknown) => {
    const parsed = publicOfficeSchema.safeParse(raw);
    if (parsed.success) publish({ office: parsed.data });
    else void sync();
  });
  socket.on('printers:status', (raw: unknown) => {
    const parsed = z.array(printerReportSchema).safeParse(raw);
    if (parsed.success) publish({ printers: parsed.data });
  });
  socket.on('devices:status', (raw: unknown) => {
    const parsed = z.array(deviceStatusSchema).safeParse(raw);
    if (parsed.success) publish({ devices: parsed.data });
  });
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

  /**
   * Sends with a request id; a lost acknowledgement is retried with the same id, so it counts once.
   * The reply is parsed with the event's schema: what the hub says is checked, not trusted.
   */
  const request = async <N extends RequestEvent>(
    name: N,
    input: RequestInput<N>,
    requestId = nanoid(),
  ): Promise<Ack<ReplyOf<N>>> => {
    for (let attempt = 0; attempt < REQUEST_ATTEMPTS; attempt++) {
      if (!socket.connected) await onceConnected(socket, ackTimeoutMs);
      let raw: unknown;
      try {
        raw = await emitters[name](socket.timeout(ackTimeoutMs), input, requestId);
      } catch {
        continue; // Timed out: try again with the same request id.
      }
      const reply = replySchemas[name].safeParse(raw);
      if (!reply.success) {
        console.warn(`unreadable reply to ${name}`, reply.error.issues.slice(0, 3));
        return failed('invalid-reply', `The reply to ${name} does not match its schema.`);
      }
      // `busy`: the database was locked and nothing changed; the same request id is safe to send again.
      const busy = !reply.data.ok && reply.data.error.code === 'busy';
      if (!busy || attempt === REQUEST_ATTEMPTS - 1) return reply.data;
      await new Promise((resolve) => setTimeout(resolve, BUSY_PAUSE_MS * (attempt + 1)));
    }
    return failed('unreachable', `No reply to ${name} after ${REQUEST_ATTEMPTS} attempts.`);
  };

  return {
    getView: () => view,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send: (name, input) => request(name, input, input.requestId),
    print: (input) => request('ticket:print', input),
    reportPrintFailure: (input) => request('ticket:print-failed', input),
    reprint: (input) => request('ticket:reprint', input),
    onPrintJob: (print) => {
      const listener = (raw: unknown, answer: (reply: Ack<PrintReply>) => void): void => {
        const job = printJobRequestSchema.safeParse(raw);
        if (!job.success) {
          answer(failed('invalid-reply', 'The print job does not match its schema.'));
          return;
        }
        void print(job.data).then(answer);
      };
      // The event map types the job as trusted; it is parsed above all the same.
      socket.on('printer:job', listener);
      return () => void socket.off('printer:job', listener);
    },
    reportPrinter: (status) => {
      if (socket.connected) socket.emit('printer:report', status, () => undefined);
    },
    reconnect: () => {
      publish({ status: 'connecting', refusal: null });
      socket.disconnect();
      socket.connect();
    },
    close: () => {
      closed = true;
      pause.wake();
      socket.close();
      listeners.clear();
    },
  };
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
