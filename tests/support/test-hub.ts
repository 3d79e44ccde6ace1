import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '@aufruf/core';
import { createHub, parseConfig, previewPrinter } from '@aufruf/hub';
import type { Hub, OfficeConfig } from '@aufruf/hub';
import type { ClientToServerEvents, ServerToClientEvents } from '@aufruf/protocol';
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
}

/** A real hub on a free port with a fresh SQLite file in a temporary folder. */
export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'aufruf-hub-'));
  const config = parseConfig(options.config ?? {});
  const store = openStore({ file: join(dataDir, 'aufruf.sqlite') });
  const hub = createHub({
    config,
    store,
    printer: previewPrinter(join(dataDir, 'print-preview')),
    ...(options.clock ? { clock: options.clock } : {}),
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

/** A raw Socket.IO client, connected. Raw so tests can also send what a real client never would. */
export async function connect(url: string): Promise<TestSocket> {
  const socket: TestSocket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

let counter = 0;
/** A fresh request id, as clients make them. */
export const rid = (): string => `req-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;
