import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { peopleAhead, systemClock } from '@aufruf/core';
import type { Clock } from '@aufruf/core';
import type { ServerToClientEvents, Snapshot, UntrustedClientEvents } from '@aufruf/protocol';
import type { Store } from '@aufruf/store';
import { nanoid } from 'nanoid';
import { pino } from 'pino';
import type { Logger } from 'pino';
import { Server } from 'socket.io';
import { officeSetup, publicOffice } from './config.ts';
import type { OfficeConfig } from './config.ts';
import { createHttpHandler } from './http-routes.ts';
import { createOffice } from './office.ts';
import type { Office } from './office.ts';
import type { TicketPrinter } from './preview-printer.ts';
import { registerSocketHandlers } from './socket-handlers.ts';

export interface HubOptions {
  readonly config: OfficeConfig;
  readonly store: Store;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Where the built web apps live; the repository's `apps` folder by default. */
  readonly appsDir?: string;
  /** Prints each drawn ticket (the preview printer in the browser setup). */
  readonly printer?: TicketPrinter;
  readonly newId?: () => string;
  /** Where phones reach the hub; the config's publicUrl, else the address the hub listens on. */
  readonly publicUrl?: string;
  /** How often the hub checks whether a new service day has begun. */
  readonly rollOverIntervalMs?: number;
}

export interface Hub {
  readonly office: Office;
  readonly io: Server<UntrustedClientEvents, ServerToClientEvents>;
  /** Starts listening; port 0 picks a free one (tests). */
  listen(port: number, host?: string): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

const defaultAppsDir = fileURLToPath(new URL('../../', import.meta.url));

/** Builds the hub from its dependencies; nothing global, so tests start as many as they like. */
export function createHub(options: HubOptions): Hub {
  const { config, store } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? pino({ level: 'silent' });
  const startedAt = clock.now();
  let office_ = publicOffice(config, options.publicUrl ?? config.server.publicUrl ?? 'http://localhost');
  const publicUrlKnown = options.publicUrl !== undefined || config.server.publicUrl !== undefined;

  const httpServer = createServer();
  const io = new Server<UntrustedClientEvents, ServerToClientEvents>(httpServer, {
    serveClient: false,
    // Small messages only: a ticket command is a few hundred bytes.
    maxHttpBufferSize: 16 * 1024,
    // On a LAN a dead link should show within about five seconds, not the default 45.
    pingInterval: 2500,
    pingTimeout: 2000,
  });

  const office = createOffice({
    store,
    setup: officeSetup(config),
    clock,
    newId: options.newId ?? (() => nanoid(16)),
    // 22 characters of nanoid's alphabet: about 131 bits, far beyond guessing.
    newToken: () => nanoid(22),
    onEvents: (batch) => {
      io.emit('office:events', batch);
      for (const event of batch.events) {
        if (event.type !== 'TicketDrawn' || !options.printer) continue;
        const ticket = office.state().tickets[event.ticket.id] ?? event.ticket;
        // The number is stored before it is printed: a printer failure never costs the visitor their place.
        options.printer
          .print({ ticket, ahead: peopleAhead(office.state(), ticket), office: office_ })
          .catch((error: unknown) => logger.error({ err: error, ticketId: ticket.id }, 'printing failed'));
      }
    },
  });

  const snapshot = (): Snapshot => ({
    seq: office.seq(),
    serverTime: clock.now(),
    office: office_,
    state: office.state(),
  });

  httpServer.on(
    'request',
    createHttpHandler({
      appsDir: options.appsDir ?? defaultAppsDir,
      officeName: () => config.office.name,
      health: () => ({
        status: 'ready',
        uptimeSeconds: Math.round((clock.now() - startedAt) / 1000),
        seq: office.seq(),
      }),
    }),
  );

  io.on('connection', (socket) => {
    registerSocketHandlers(socket, { office, snapshot, logger });
  });

  const timer = setInterval(() => {
    try {
      office.rollOver();
    } catch (error) {
      logger.error({ err: error }, 'day rollover failed');
    }
  }, options.rollOverIntervalMs ?? 30_000);
  timer.unref();

  return {
    office,
    io,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address() as AddressInfo;
          const shown = host === undefined || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          const url = `http://${shown}:${address.port}`;
          if (!publicUrlKnown) office_ = publicOffice(config, url);
          resolve({ port: address.port, url });
        });
      }),
    close: async () => {
      clearInterval(timer);
      await io.close();
      httpServer.closeAllConnections();
    },
  };
}
