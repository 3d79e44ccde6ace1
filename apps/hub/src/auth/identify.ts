import { fail, ok } from '@aufruf/core';
import type { Result } from '@aufruf/core';
import { handshakeAuthSchema } from '@aufruf/protocol';
import type { ConnectRefusal, Identity } from '@aufruf/protocol';
import type { Store } from '@aufruf/store';
import type { AdminSecret } from './admin-secret.ts';
import { hashToken } from './secrets.ts';

/** Who a connection is, as kept in socket.data. */
export interface Connection {
  readonly identity: Identity;
  /** The ticket a follow page watches. */
  readonly ticketId: string | null;
}

export interface IdentifyDeps {
  readonly store: Store;
  readonly admin: AdminSecret;
  /** Demo mode: pages may claim a role without pairing (the one-command start). Off in production. */
  readonly demo: boolean;
  readonly now: () => number;
}

const anonymous = { deviceId: null, placeId: null, places: null } as const;

/** Decides who a handshake is: a paired device, a follow page, the admin, or (demo only) a claimed role. */
export function identify(raw: unknown, deps: IdentifyDeps): Result<Connection, ConnectRefusal> {
  const parsed = handshakeAuthSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const empty = typeof raw !== 'object' || raw === null || Object.keys(raw).length === 0;
    return fail(empty ? 'pairing-required' : 'invalid-auth');
  }
  const auth = parsed.data;
  if ('token' in auth) {
    const device = deps.store.devices.findByTokenHash(hashToken(auth.token));
    if (!device) return fail('token-unknown');
    if (device.revokedAt !== null) return fail('token-revoked');
    deps.store.devices.touch(device.id, deps.now());
    const { id: deviceId, name, role, placeId, places } = device;
    return ok({ identity: { role, deviceId, name, placeId, places }, ticketId: null });
  }
  if ('follow' in auth) {
    const ticketId = deps.store.findTicketIdByToken(auth.follow);
    if (ticketId === undefined) return fail('follow-unknown');
    return ok({ identity: { role: 'follow', name: 'follow', ...anonymous }, ticketId });
  }
  if ('admin' in auth) {
    if (!deps.admin.verify(auth.admin)) return fail('admin-denied');
    return ok({ identity: { role: 'admin', name: 'Verwaltung', ...anonymous }, ticketId: null });
  }
  if (!deps.demo) return fail('pairing-required');
  return ok({ identity: { role: auth.demo, name: `Demo (${auth.demo})`, ...anonymous }, ticketId: null });
}
