import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { defaultPlaceState, systemClock } from '@aufruf/core';
import type { Clock } from '@aufruf/core';
import { staffRoles } from '@aufruf/protocol';
import type {
  ConnectErrorData,
  ConnectRefusal,
  ServerToClientEvents,
  SettingsUpdate,
  Snapshot,
  UntrustedClientEvents,
} from '@aufruf/protocol';
import type { TicketPrinter } from '@aufruf/printer';
import type { Store } from '@aufruf/store';
import { nanoid } from 'nanoid';
import { pino } from 'pino';
import type { Logger } from 'pino';
import { Server } from 'socket.io';
import { createApiRoutes } from './http/api-routes.ts';
import { adminSecret } from './auth/admin-secret.ts';
import type { AdminSecret } from './auth/admin-secret.ts';
import { identify } from './auth/identify.ts';
import type { Connection } from './auth/identify.ts';
import type { OfficeConfig } from './config/config.ts';
import { createEstimates } from './office/estimates.ts';
import { createFollowPush } from './office/follow-push.ts';
import { followView } from './office/follow-view.ts';
import { createHttpHandler } from './http/http-routes.ts';
import { createCounterPresence } from './office/counter-presence.ts';
import { createMetrics } from './ops/metrics.ts';
import { createOffice } from './office/office.ts';
import { createSettingsService, publicOfficeOf, setupOf } from './settings/office-settings.ts';
import type { SaveOutcome } from './settings/office-settings.ts';
import type { Office } from './office/office.ts';
import { createPrinterBoard } from './printing/printer-board.ts';
import { createRateLimits } from './socket/rate-limits.ts';
import type { RateLimitOptions } from './socket/rate-limits.ts';
import { registerSocketHandlers } from './socket/socket-handlers.ts';
import { createTicketPrinting } from './printing/ticket-printing.ts';

export interface HubOptions {
  readonly config: OfficeConfig;
  readonly store: Store;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Where the built web apps live; the repository's `apps` folder by default. */
  readonly appsDir?: string;
  /** The hub's own printer, for kiosks running in a plain browser. */
  readonly printer?: TicketPrinter;
  readonly newId?: () => string;
  /** How often the hub checks whether a new service day has begun. */
  readonly rollOverIntervalMs?: number;
  /** Where phones reach the hub; the config's publicUrl, else the address the hub listens on. */
  readonly publicUrl?: string;
  /** Pages may claim a role without pairing: for the one-command demo, never for an office. */
  readonly demo?: boolean;
  readonly limits?: RateLimitOptions;
}

export interface Hub {
  readonly office: Office;
  readonly io: Server<UntrustedClientEvents, ServerToClientEvents, Record<string, never>, Connection>;
  readonly admin: AdminSecret;
  /** Starts listening; port 0 picks a free one (tests). */
  listen(port: number, host?: string): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

const defaultAppsDir = fileURLToPath(new URL('../..', import.meta.url));

const refusal = (code: ConnectRefusal): Error & { data: ConnectErrorData } =>
  Object.assign(new Error(code), { data: { code } });

/** Builds the hub from its dependencies; nothing global, so tests start as many as they like. */
export function createHub(options: HubOptions): Hub {
  const { config, store } = options;
  const clock = options.clock ?? systemClock;
  const now = (): number => clock.now();
  const logger = options.logger ?? pino({ level: 'silent' });
  const startedAt = now();
  const settings = createSettingsService(store, config, now, logger);
  const timeZone = config.office.timeZone;
  // Phones reach the hub at the admin's public address, else the one the hub was given, else the
  // address it listens on (known once listening).
  let listenUrl = options.publicUrl ?? 'http://localhost';
  const derive = () => publicOfficeOf(settings.current(), timeZone, listenUrl);
  let office_ = derive();
  const admin = adminSecret(store.settings, config.security.adminSecret);
  const limits = createRateLimits(options.limits);
  const newId = options.newId ?? (() => nanoid(16));

  // Socket.IO must attach after the plain handler: it then answers its own /socket.io/ requests
  // (long-polling included) and passes every other request on. The other way round, both answer.
  const httpServer = createServer((req, res) => handleHttp(req, res));
  const io: Hub['io'] = new Server(httpServer, {
    serveClient: false,
    // Small messages only: a ticket command is a few hundred bytes.
    maxHttpBufferSize: 16 * 1024,
    // A dead link must show within five seconds on every screen, not after the default 45: clients
    // notice after pingInterval + pingTimeout (3.5 s). The timeout stays at 2 s for phones on weak Wi-Fi.
    pingInterval: 1500,
    pingTimeout: 2000,
  });

  const board = createPrinterBoard((reports) => io.to('staff').emit('printers:status', reports));
  let setup = setupOf(settings.current(), timeZone);
  const estimates = createEstimates(store, () => setup, now);
  const office: Office = createOffice({
    store,
    setup: () => setup,
    outlookOf: (state, ticketId) => estimates.of(state).waiting[ticketId] ?? { ahead: 0, estimate: null },
    clock,
    newId,
    // 22 characters of nanoid's alphabet: about 131 bits, far beyond guessing.
    newToken: () => nanoid(22),
    onEvents: (batch) => {
      if (batch.events.some((e) => e.type === 'DayStarted')) estimates.reloadHistory();
      io.to('staff').emit('office:events', batch);
      follow.push();
    },
  });
  const viewOf = (ticketId: string) =>
    followView(office.state(), office_, ticketId, now(), config.follow, estimates.of(office.state()));
  const follow = createFollowPush(viewOf, (ticketId, view) =>
    io.to(`follow:${ticketId}`).emit('follow:update', view),
  );

  const clientsByRole = (): Record<string, number> => {
    const counts: Record<string, number> = {};
    for (const socket of io.of('/').sockets.values()) {
      const role = socket.data.identity.role;
      counts[role] = (counts[role] ?? 0) + 1;
    }
    return counts;
  };
  const presence = createCounterPresence();
  const metrics = createMetrics(() => office.state(), clientsByRole, presence.places);

  const snapshot = (connection: Connection): Snapshot => ({
    seq: office.seq(),
    serverTime: now(),
    office: office_,
    state: office.state(),
    you: connection.identity,
    printers: board.list(),
    history: estimates.history(),
  });

  const print = createTicketPrinting({
    printer: options.printer,
    store,
    office: () => office_,
    board,
    now,
    logger,
  });
  const stopWatching = options.printer?.watchStatus(15_000, (status) =>
    board.report('hub', 'Drucker am Server', status, now()),
  );

  /**
   * Saves an edited setup and applies it at once: commands are decided against it, places that are
   * new or serve other errands by default are configured like a counter would (stored, broadcast),
   * and every screen is told to fetch a fresh snapshot.
   */
  const applySettings = (update: SettingsUpdate): SaveOutcome => {
    const outcome = settings.save(update, office.state(), now());
    if (!outcome.ok) return outcome;
    const before = setupOf(outcome.before, timeZone);
    const after = setupOf(settings.current(), timeZone);
    setup = after;
    office_ = derive();
    for (const place of after.places) {
      const known = before.places.some((p) => p.id === place.id);
      const was = defaultPlaceState(before, place.id).errandIds;
      const errandIds = [...defaultPlaceState(after, place.id).errandIds];
      if (known && JSON.stringify(was) === JSON.stringify(errandIds)) continue;
      const reply = office.handle('counter:configure', {
        requestId: `settings-${newId()}`,
        placeId: place.id,
        errandIds,
      });
      if (!reply.ok) logger.warn({ place: place.id, error: reply.error }, 'applying a place default failed');
    }
    io.emit('office:resync');
    return outcome;
  };

  const handleHttp = createHttpHandler({
    appsDir: options.appsDir ?? defaultAppsDir,
    officeName: () => office_.name,
    api: createApiRoutes({
      store,
      admin,
      limits,
      metrics,
      counterPlaces: presence.places,
      placeIds: () => setup.places.map((p) => p.id),
      setup: () => setup,
      settings: {
        document: () => settings.document(),
        save: (update) => applySettings(update),
        audit: (limit) => store.officeSettings.audit(limit),
      },
      publicUrl: () => office_.publicUrl,
      now,
      newId,
      disconnectDevice: (deviceId) => io.in(`device:${deviceId}`).disconnectSockets(true),
      health: () => {
        let database = 'ok';
        try {
          void store.seq;
        } catch {
          database = 'error';
        }
        const ready = database === 'ok' && httpServer.listening;
        return {
          ready,
          body: {
            status: ready ? 'ready' : 'not-ready',
            database,
            uptimeSeconds: Math.round((now() - startedAt) / 1000),
            seq: office.seq(),
          },
        };
      },
    }),
  });

  io.use((socket, next) => {
    const address = socket.handshake.address;
    void (async () => {
      if (await limits.authBlocked(address)) return next(refusal('rate-limited'));
      const result = identify(socket.handshake.auth, { store, admin, demo: options.demo ?? false, now });
      if (!result.ok) {
        if (result.error === 'token-unknown' || result.error === 'admin-denied')
          await limits.authFailed(address);
        return next(refusal(result.error));
      }
      if (result.value.identity.role === 'follow' && !(await limits.allowFollow(address))) {
        return next(refusal('rate-limited'));
      }
      socket.data = result.value;
      next();
    })().catch((error: unknown) => {
      logger.error({ err: error }, 'identifying a connection failed');
      next(refusal('invalid-auth'));
    });
  });

  io.on('connection', (socket) => {
    const { identity, ticketId } = socket.data;
    if (staffRoles.includes(identity.role)) void socket.join('staff');
    if (identity.deviceId !== null) void socket.join(`device:${identity.deviceId}`);
    if (ticketId !== null) {
      void socket.join(`follow:${ticketId}`);
      follow.watch(ticketId);
      socket.on('disconnect', () => follow.unwatch(ticketId));
    }
    logger.info({ role: identity.role, device: identity.deviceId }, 'connected');
    registerSocketHandlers(socket, {
      office,
      snapshot,
      follow: viewOf,
      print,
      printers: board,
      limits,
      metrics,
      presence,
      logger,
      now,
    });
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
    admin,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address() as AddressInfo;
          const shown = host === undefined || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          const url = `http://${shown}:${address.port}`;
          if (options.publicUrl === undefined) listenUrl = url;
          office_ = derive();
          resolve({ port: address.port, url });
        });
      }),
    close: async () => {
      clearInterval(timer);
      stopWatching?.();
      // Sockets first (they get a clean close), then every HTTP connection at once: a browser's
      // keep-alive or long-polling request would otherwise hold the server open until it times out.
      const closing = io.close();
      httpServer.closeAllConnections();
      await closing;
    },
  };
}
