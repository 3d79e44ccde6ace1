import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '@aufruf/core';
import { createHub, parseConfig } from '@aufruf/hub';
import type { Hub, OfficeConfig } from '@aufruf/hub';
import type { ClientToServerEvents, HandshakeAuth, ServerToClientEvents } from '@aufruf/protocol';
import { createTicketPrinter, previewTransport } from '@aufruf/printer';
import type { TicketPrinter } from '@aufruf/printer';
import { openStore } from '@aufruf/store';
import type { Store } from '@aufruf/store';
import { io } from 'socket.io-client';
import type { Socket } from 'socket.io-client';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestHub {
  readonly url: string;
  readonly hub: Hub;
  readonly store: Store;
  readonly dataDir: string;
  readonly config: OfficeConfig;
  /**
   * Stops the hub and opens a new one on the same port and database file (a restart of the hub PC);
   * `whileDown` runs while no hub is listening.
   */
  restart(whileDown?: () => Promise<void>): Promise<TestHub>;
  /** Stops the hub and removes its data directory. */
  stop(): Promise<void>;
}

export interface TestHubOptions {
  readonly clock?: Clock;
  readonly config?: unknown;
  readonly dataDir?: string;
  readonly port?: number;
  /** Demo mode (pages claim a role); on by default in tests, off to test pairing and roles. */
  readonly demo?: boolean;
  /** The hub's printer; a preview printer into the data directory by default. */
  readonly printer?: TicketPrinter | null;
  readonly limits?: Parameters<typeof createHub>[0]['limits'];
  readonly logger?: Parameters<typeof createHub>[0]['logger'];
  /** How long a place's last counter may be gone before the hub signs its clerk out. */
  readonly counterGoneMs?: number;
}

export const ADMIN_SECRET = 'test-admin-secret-0123';

/** A real hub on a free port with a fresh SQLite file in a temporary folder. */
export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'aufruf-hub-'));
  const raw = (options.config ?? {}) as Record<string, unknown>;
  const config = parseConfig({ security: { adminSecret: ADMIN_SECRET }, ...raw });
  const store = openStore({ file: join(dataDir, 'aufruf.sqlite') });
  const printer =
    options.printer === undefined
      ? createTicketPrinter(previewTransport({ dir: join(dataDir, 'print-preview') }))
      : options.printer;
  const hub = createHub({
    config,
    store,
    demo: options.demo ?? true,
    ...(printer ? { printer } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.counterGoneMs === undefined ? {} : { counterGoneMs: options.counterGoneMs }),
  });
  const { url, port } = await hub.listen(options.port ?? 0, '127.0.0.1');
  const close = async (): Promise<void> => {
    await hub.close();
    store.close();
  };
  return {
    url,
    hub,
    store,
    dataDir,
    config,
    restart: async (whileDown) => {
      await close();
      await whileDown?.();
      return startTestHub({ ...options, dataDir, port });
    },
    stop: async () => {
      await close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A raw Socket.IO client, connected. Raw so tests can also send what a real client never would.
 * Without `auth` it claims a kiosk's role, which only a demo hub accepts.
 */
export async function connect(
  url: string,
  auth: HandshakeAuth = { demo: 'kiosk' },
  /** Sent with the handshake, e.g. the X-Forwarded-For a reverse proxy adds. */
  headers?: Readonly<Record<string, string>>,
): Promise<TestSocket> {
  const socket: TestSocket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth,
    ...(headers ? { extraHeaders: { ...headers } } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', (error: Error & { data?: unknown }) => {
      socket.close();
      reject(Object.assign(error, { code: (error.data as { code?: string } | undefined)?.code }));
    });
  });
  return socket;
}

let counter = 0;
/** A fresh request id, as clients make them. */
export const rid = (): string => `req-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * A clerk signed in at each of these places (every place of the office when left out), one counter
 * connection each, as open counter screens are: only staffed places count for the wait estimates.
 * The hub signs a place out a while after its connection closes, so keep them open for the test.
 */
export async function openCounters(
  hub: TestHub,
  placeIds: readonly string[] = hub.config.places.map((p) => p.id),
): Promise<TestSocket[]> {
  const counters: TestSocket[] = [];
  for (const placeId of placeIds) {
    const counter = await connect(hub.url, { demo: 'counter' });
    counters.push(counter);
    const reply = await counter.emitWithAck('counter:staff', { requestId: rid(), placeId, staffed: true });
    if (!reply.ok) throw new Error(`signing in at ${placeId}: ${reply.error.code}`);
  }
  return counters;
}
