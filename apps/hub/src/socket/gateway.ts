import type { Server as HttpServer } from 'node:http';
import { staffRoles } from '@aufruf/protocol';
import type {
  ConnectErrorData,
  ConnectRefusal,
  ServerToClientEvents,
  UntrustedClientEvents,
} from '@aufruf/protocol';
import type { Store } from '@aufruf/store';
import type { Logger } from 'pino';
import { Server } from 'socket.io';
import type { AdminSecret } from '../auth/admin-secret.ts';
import { identify } from '../auth/identify.ts';
import type { Connection } from '../auth/identify.ts';
import type { FollowPush } from '../office/follow-push.ts';
import type { CredentialKind, RateLimits } from './rate-limits.ts';
import type { ClientAddress } from '../http/client-address.ts';
import { registerSocketHandlers } from './socket-handlers.ts';
import type { SocketDeps } from './socket-handlers.ts';

export type HubServer = Server<
  UntrustedClientEvents,
  ServerToClientEvents,
  Record<string, never>,
  Connection
>;

export interface SocketGateway {
  readonly io: HubServer;
  /** Connected clients per role, for /metrics. */
  readonly clientsByRole: () => Record<string, number>;
  /** Drops every connection of a device at once (it was revoked). */
  readonly disconnectDevice: (deviceId: string) => void;
  /** Paired devices with a connection now (a closed page or a dead link leaves within the ping window). */
  readonly onlineDevices: () => ReadonlySet<string>;
}

export interface GatewayOptions {
  /** Who a connection comes from (behind the office's proxy: the phone, not the proxy). */
  readonly clientAddress: ClientAddress;
  readonly store: Store;
  readonly admin: AdminSecret;
  readonly limits: RateLimits;
  readonly demo: boolean;
  readonly now: () => number;
  readonly logger: Logger;
  readonly follow: FollowPush;
  /** What each connection's message handlers use. */
  readonly handlers: Omit<SocketDeps, 'limits' | 'logger' | 'now'>;
  /**
   * A connection ended: `deviceGone` when it was the paired device's last one (its printer's state is
   * unknown from now on), and `source` names what its printer reports were kept under.
   */
  readonly onLeave?: (left: {
    readonly source: string;
    readonly paired: boolean;
    readonly deviceGone: boolean;
  }) => void;
  /** A paired device connected or left: who is online changed (maybe). */
  readonly onDevicePresence?: () => void;
}

/** Refusals that mean a wrong credential was tried (not a revoked device or a malformed handshake). */
const wrongCredential: ReadonlySet<ConnectRefusal> = new Set([
  'token-unknown',
  'follow-unknown',
  'admin-denied',
]);

/** Which credential a handshake offers, read before it is validated. */
function credentialKind(auth: unknown): CredentialKind | null {
  if (typeof auth !== 'object' || auth === null) return null;
  if ('token' in auth) return 'device-token';
  if ('follow' in auth) return 'follow-token';
  if ('admin' in auth) return 'admin-secret';
  return null;
}

const refusal = (code: ConnectRefusal): Error & { data: ConnectErrorData } =>
  Object.assign(new Error(code), { data: { code } });

/**
 * Socket.IO on the hub's HTTP server: who a connection is (device token, follow token, admin secret or
 * demo role), which rooms it joins (staff, its device, its followed ticket), and its message handlers.
 */
export function createSocketGateway(httpServer: HttpServer, options: GatewayOptions): SocketGateway {
  const { store, admin, limits, now, logger, follow } = options;
  const io: HubServer = new Server(httpServer, {
    serveClient: false,
    // Small messages only: a ticket command is a few hundred bytes.
    maxHttpBufferSize: 16 * 1024,
    // A dead link must show within five seconds on every screen, not after the default 45: clients
    // notice after pingInterval + pingTimeout (3.5 s). The timeout stays at 2 s for phones on weak Wi-Fi.
    pingInterval: 1500,
    pingTimeout: 2000,
  });

  io.use((socket, next) => {
    const address = options.clientAddress(socket.request);
    void (async () => {
      const kind = credentialKind(socket.handshake.auth);
      if (kind && !(await limits.mayCheck(kind, address))) return next(refusal('rate-limited'));
      const result = identify(socket.handshake.auth, { store, admin, demo: options.demo, now });
      if (!result.ok) {
        const wrong = kind !== null && wrongCredential.has(result.error);
        const exhausted = wrong && (await limits.failed(kind, address));
        return next(refusal(exhausted ? 'rate-limited' : result.error));
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
    registerSocketHandlers(socket, { ...options.handlers, limits, logger, now });
    if (identity.deviceId !== null) options.onDevicePresence?.();
    socket.on('disconnect', () => {
      const { deviceId } = identity;
      if (deviceId === null) return options.onLeave?.({ source: socket.id, paired: false, deviceGone: true });
      // "Zuletzt gesehen" is when it left, not when it came.
      store.devices.touch(deviceId, now());
      const deviceGone = !onlineDevices().has(deviceId);
      if (deviceGone) logger.info({ role: identity.role, device: deviceId }, 'device offline');
      options.onLeave?.({ source: deviceId, paired: true, deviceGone });
      if (deviceGone) options.onDevicePresence?.();
    });
  });

  const onlineDevices = (): ReadonlySet<string> => {
    const online = new Set<string>();
    for (const socket of io.of('/').sockets.values()) {
      const { deviceId } = socket.data.identity;
      if (deviceId !== null) online.add(deviceId);
    }
    return online;
  };

  return {
    io,
    clientsByRole: () => {
      const counts: Record<string, number> = {};
      for (const socket of io.of('/').sockets.values()) {
        const role = socket.data.identity.role;
        counts[role] = (counts[role] ?? 0) + 1;
      }
      return counts;
    },
    disconnectDevice: (deviceId) => io.in(`device:${deviceId}`).disconnectSockets(true),
    onlineDevices,
  };
}
