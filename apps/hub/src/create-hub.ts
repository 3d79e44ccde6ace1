import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { plainState, systemClock } from '@aufruf/core';
import type { Clock, OfficeState, Outlook } from '@aufruf/core';
import type { DeviceStatus, SettingsUpdate, Snapshot } from '@aufruf/protocol';
import type { TicketPrinter } from '@aufruf/printer';
import type { Store } from '@aufruf/store';
import { nanoid } from 'nanoid';
import { pino } from 'pino';
import type { Logger } from 'pino';
import { adminSecret } from './auth/admin-secret.ts';
import type { AdminSecret } from './auth/admin-secret.ts';
import type { Connection } from './auth/identify.ts';
import type { OfficeConfig } from './config/config.ts';
import { createHttpApp } from './http/app.ts';
import { clientAddressOf } from './http/client-address.ts';
import { createCounterPresence } from './office/counter-presence.ts';
import { createEstimates } from './office/estimates.ts';
import { createFollowPush } from './office/follow-push.ts';
import { followView } from './office/follow-view.ts';
import { createOffice } from './office/office.ts';
import type { Office } from './office/office.ts';
import { createOfficeConfiguration } from './office/office-configuration.ts';
import { createMetrics, registerBackupMetrics } from './ops/metrics.ts';
import type { BackupStatusView } from './ops/backup-status.ts';
import { createPrinterBoard } from './printing/printer-board.ts';
import { HUB_PRINTER, createTicketPrinting } from './printing/ticket-printing.ts';
import { printOnKiosk } from './printing/kiosk-print-jobs.ts';
import type { SaveOutcome } from './settings/office-settings.ts';
import { createSocketGateway } from './socket/gateway.ts';
import type { HubServer } from './socket/gateway.ts';
import { createRateLimits } from './socket/rate-limits.ts';
import type { RateLimitOptions } from './socket/rate-limits.ts';

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
  /** How long a place's last counter may be gone before its clerk counts as signed out (tests shorten it). */
  readonly counterGoneMs?: number;
  /** The daily backups' last outcome, shown on /metrics (main.ts schedules the backups). */
  readonly backupStatus?: BackupStatusView;
  /** Where phones reach the hub; the config's publicUrl, else the address the hub listens on. */
  readonly publicUrl?: string;
  /** Pages may claim a role without pairing: for the one-command demo, never for an office. */
  readonly demo?: boolean;
  readonly limits?: RateLimitOptions;
}

export interface Hub {
  readonly office: Office;
  readonly io: HubServer;
  readonly admin: AdminSecret;
  /** Starts listening; port 0 picks a free one (tests). */
  listen(port: number, host?: string): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

const defaultAppsDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Builds the hub from its dependencies; nothing global, so tests start as many as they like. A short
 * composition: the office's configuration, the office itself (commands, store, forecast), the socket
 * gateway and the HTTP app, wired to each other here and nowhere else.
 */
export function createHub(options: HubOptions): Hub {
  const { config, store } = options;
  const clock = options.clock ?? systemClock;
  const now = (): number => clock.now();
  const logger = options.logger ?? pino({ level: 'silent' });
  const startedAt = now();
  const configuration = createOfficeConfiguration({
    store,
    config,
    now,
    logger,
    publicUrl: options.publicUrl,
  });
  const admin = adminSecret(store.settings, config.security.adminSecret);
  const { trustedProxies, followPerMinute } = config.security;
  const limits = createRateLimits({ followPerMinute, ...options.limits });
  const newId = options.newId ?? (() => nanoid(16));
  const estimates = createEstimates(store, configuration.setup, now);
  const presence = createCounterPresence({
    graceMs: options.counterGoneMs,
    onGone: (placeId) => {
      office
        .signOut(placeId)
        .catch((error: unknown) => logger.warn({ err: error, placeId }, 'sign-out failed'));
    },
  });

  /** Who is ahead of a ticket and its wait, as a draw's reply and a reprint tell it. */
  const outlookOf = (state: OfficeState, ticketId: string): Outlook =>
    estimates.of(state).waiting(ticketId) ?? { ahead: 0, estimate: null };
  const office: Office = createOffice({
    store,
    setup: configuration.setup,
    outlookOf,
    pastClosing: (state, errandId) => estimates.of(state).capacity(errandId).pastClosing,
    clock,
    newId,
    // 22 characters of nanoid's alphabet: about 131 bits, far beyond guessing.
    newToken: () => nanoid(22),
    logger,
    onDecided: estimates.advance,
    onEvents: (batch) => {
      if (batch.events.some((e) => e.type === 'DayStarted')) estimates.reloadHistory();
      gateway.io.to('staff').emit('office:events', batch);
      follow.push();
    },
  });
  // Signed in before the hub stopped: their counters have a minute to come back.
  presence.expect(Object.values(office.state().places).flatMap((p) => (p.staffed ? [p.id] : [])));
  const viewOf = (ticketId: string) =>
    followView(
      office.state(),
      configuration.publicOffice(),
      ticketId,
      now(),
      config.follow,
      estimates.of(office.state()),
    );
  const follow = createFollowPush(viewOf, (ticketId, view) =>
    gateway.io.to(`follow:${ticketId}`).emit('follow:update', view),
  );
  const board = createPrinterBoard((reports) => gateway.io.to('staff').emit('printers:status', reports));
  const printing = createTicketPrinting({
    printer: options.printer,
    store,
    office: configuration.publicOffice,
    state: () => office.state(),
    reprintDraw: (ticketId) => {
      const state = office.state();
      const ticket = state.tickets.get(ticketId);
      const followToken = store.findTokenOfTicket(ticketId);
      if (!ticket || followToken === undefined) return undefined;
      return { ticket, followToken, ...outlookOf(state, ticketId) };
    },
    recordPrint: (ticketId, trouble) => office.recordPrint(ticketId, trouble),
    printOnKiosk: (source, job) => printOnKiosk(gateway.io, source, job),
    board,
    now,
    logger,
  });
  // Every 10 s, like a kiosk's own printer: staff hear of an empty roll before the next visitor does.
  const stopWatching = options.printer?.watchStatus(10_000, (status) =>
    board.report(HUB_PRINTER.source, HUB_PRINTER.name, status, now()),
  );

  /** The paired kiosks and displays and whether each is connected (read late: the gateway comes later). */
  const deviceStatus = (): DeviceStatus[] => {
    const online = gateway.onlineDevices();
    return store.devices
      .list()
      .flatMap((d) =>
        d.revokedAt === null && (d.role === 'kiosk' || d.role === 'display')
          ? [{ id: d.id, name: d.name, role: d.role, online: online.has(d.id) }]
          : [],
      );
  };

  const snapshot = (connection: Connection): Snapshot => ({
    seq: office.seq(),
    serverTime: now(),
    office: configuration.publicOffice(),
    state: plainState(office.state()),
    you: connection.identity,
    printers: board.list(),
    devices: deviceStatus(),
    history: estimates.history(),
  });

  // Read lazily: the gateway that counts clients is built next, and needs the metrics for its handlers.
  const metrics = createMetrics(
    () => office.state(),
    () => gateway.clientsByRole(),
    presence.places,
    {
      devices: () => {
        const online = gateway.onlineDevices();
        return store.devices
          .list()
          .filter((d) => d.revokedAt === null)
          .map((d) => ({ role: d.role, online: online.has(d.id) }));
      },
      printers: () => board.list(),
    },
  );
  if (options.backupStatus) registerBackupMetrics(metrics.registry, options.backupStatus);
  // The HTTP app first: Socket.IO then attaches to its server, answers its own /socket.io/ requests
  // (long-polling included) and passes every other request on to Fastify.
  const http = createHttpApp({
    trustedProxies,
    appsDir: options.appsDir ?? defaultAppsDir,
    officeName: () => configuration.publicOffice().name,
    logger,
    store,
    admin,
    limits,
    metrics,
    counterPlaces: presence.places,
    placeIds: () => configuration.setup().places.map((p) => p.id),
    setup: configuration.setup,
    settings: {
      document: configuration.document,
      save: (update) => applySettings(update),
      audit: (limit) => store.officeSettings.audit(limit),
    },
    issuing: { setIssuing: (errandIds, stopped) => office.setIssuing(errandIds, stopped) },
    dayControls: {
      cancel: (ticketId, note) => office.cancel(ticketId, note),
      closeDay: (note) => office.closeDay(note),
      reprint: (ticketId) => printing.reprint(ticketId),
    },
    planner: {
      dayRecord: (day) => store.dayRecord(day),
      setup: configuration.setup,
      state: () => office.state(),
    },
    publicUrl: () => configuration.publicOffice().publicUrl,
    now,
    newId,
    disconnectDevice: (deviceId) => gateway.disconnectDevice(deviceId),
    onlineDevices: () => gateway.onlineDevices(),
    health: () => {
      // Ready means the next command can be stored: a write transaction starts (no lock held
      // elsewhere, the file writable) and there is room for it. Nothing is written or synced.
      const probe = store.probeWrite();
      if (probe !== 'ok') logger.warn({ database: probe }, 'health: the database cannot take writes');
      const database = probe === 'ok' ? 'ok' : 'error';
      const ready = database === 'ok' && http.server.listening;
      return {
        status: ready ? 'ready' : 'not-ready',
        database,
        uptimeSeconds: Math.round((now() - startedAt) / 1000),
        seq: office.seq(),
      };
    },
  });
  const gateway = createSocketGateway(http.server, {
    clientAddress: clientAddressOf(trustedProxies),
    store,
    admin,
    limits,
    demo: options.demo ?? false,
    now,
    logger,
    follow,
    handlers: { office, snapshot, follow: viewOf, printing, printers: board, metrics, presence },
    // A kiosk that left cannot say what its printer does: "unbekannt" until it is back. A page in
    // demo mode has no device to come back as: its report goes.
    onLeave: ({ source, paired, deviceGone }) => {
      if (!paired) board.remove(source);
      else if (deviceGone) board.unknown(source, now());
    },
    onDevicePresence: () => gateway.io.to('staff').emit('devices:status', deviceStatus()),
  });

  /**
   * Saves an edited setup and applies it at once: commands are decided against it, places it adds or
   * whose default errands it changes take their defaults (the command "settings:apply"), and every
   * screen gets the new public office as an event.
   */
  const applySettings = (update: SettingsUpdate): SaveOutcome => {
    const outcome = configuration.save(update, office.state(), now());
    if (!outcome.ok) return outcome;
    office.applySetup(outcome.beforeSetup);
    gateway.io.emit('office:settings', configuration.publicOffice());
    follow.push();
    return outcome;
  };

  const rollOver = (): void => {
    try {
      office.rollOver();
    } catch (error) {
      logger.error({ err: error }, 'day rollover failed');
    }
  };
  // At once, too: a hub started after midnight shows its first screens today's queue, not yesterday's.
  rollOver();
  const timer = setInterval(rollOver, options.rollOverIntervalMs ?? 30_000);
  timer.unref();

  return {
    office,
    io: gateway.io,
    admin,
    listen: async (port, host) => {
      // Fastify binds "localhost" twice (IPv4 and IPv6), the second time without Socket.IO: bind one.
      const bind = host === undefined ? '0.0.0.0' : host === 'localhost' ? '127.0.0.1' : host;
      await http.listen({ port, host: bind });
      const address = http.server.address() as AddressInfo;
      const shown = host === undefined || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      const url = `http://${shown}:${address.port}`;
      configuration.listeningAt(url);
      return { port: address.port, url };
    },
    close: async () => {
      clearInterval(timer);
      stopWatching?.();
      // Sockets first (they get a clean close), then Fastify, which ends every HTTP connection at once
      // (forceCloseConnections): Socket.IO's close waits for the server to close, which a browser's
      // keep-alive or long-polling request would otherwise hold open until it times out.
      presence.close();
      const sockets = gateway.io.close();
      await http.close();
      await sockets;
    },
  };
}
