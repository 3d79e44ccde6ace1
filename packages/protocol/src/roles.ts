import { z } from 'zod';
import { idSchema } from './common.ts';
import type { ConnectRefusal } from './error-codes.ts';
import type { ClientEventName } from './events.ts';
import { pin } from './pin.ts';

/** Who a connection is: every event is checked against this in the hub, not only hidden in a UI. */
export const roles = ['kiosk', 'counter', 'display', 'follow', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Roles a device can be paired for (a follow page needs no pairing: its ticket's token is the key). */
export const deviceRoles = ['kiosk', 'counter', 'display', 'admin'] as const;
export type DeviceRole = (typeof deviceRoles)[number];
export const deviceRoleSchema = z.enum(deviceRoles);

/** Which role may send each event: checked by the hub before anything is parsed or applied. */
export const eventRoles: { readonly [N in ClientEventName]: readonly Role[] } = {
  'office:sync': ['kiosk', 'counter', 'display', 'admin'],
  'follow:sync': ['follow'],
  'printer:report': ['kiosk'],
  'ticket:draw': ['kiosk'],
  'ticket:print': ['kiosk'],
  'ticket:print-failed': ['kiosk'],
  'ticket:reprint': ['counter'],
  'counter:configure': ['counter'],
  'counter:call-next': ['counter'],
  'counter:call': ['counter'],
  'counter:recall': ['counter'],
  'counter:complete': ['counter'],
  'counter:no-show': ['counter'],
  'counter:put-back': ['counter'],
  'counter:transfer': ['counter'],
  'counter:pause': ['counter'],
  'counter:reopen': ['counter'],
  'counter:staff': ['counter'],
  'counter:undo': ['counter'],
};

/** Roles that see the whole office (the full state and every event); a follow page sees one ticket. */
export const staffRoles: readonly Role[] = ['kiosk', 'counter', 'display', 'admin'];

const tokenSchema = z
  .string()
  .min(16)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+$/);

/**
 * What a client presents when it connects: a paired device's token, a ticket's follow token, the admin
 * secret, or — only when the hub runs in demo mode — the role it would like.
 */
export const handshakeAuthSchema = z.union([
  z.strictObject({ token: tokenSchema }),
  z.strictObject({ follow: tokenSchema }),
  z.strictObject({ admin: z.string().min(8).max(256) }),
  z.strictObject({ demo: z.enum(['kiosk', 'counter', 'display']) }),
]);
export type HandshakeAuth = z.infer<typeof handshakeAuthSchema>;

/** Who the hub took a connection for; sent with every snapshot. */
export interface Identity {
  readonly role: Role;
  readonly deviceId: string | null;
  readonly name: string;
  /** A counter bound to one place; null when the clerk picks it. */
  readonly placeId: string | null;
  /** The places a display shows; null for all. */
  readonly places: readonly string[] | null;
}

export const identitySchema = pin<Identity>()(
  z.object({
    role: z.enum(roles),
    deviceId: idSchema.nullable(),
    name: z.string(),
    placeId: idSchema.nullable(),
    places: z.array(idSchema).nullable(),
  }),
);

/** What Socket.IO's connect_error carries as `data` when the hub refuses a connection. */
export interface ConnectErrorData {
  readonly code: ConnectRefusal;
}

/** Pairing over HTTP: the new device sends the code, the hub answers with its token. */
export const pairRequestSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .transform((code) => code.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^[0-9A-Z]{8}$/, 'eight letters or digits')),
});

export interface PairReply {
  readonly token: string;
  readonly identity: Identity;
}

export const pairReplySchema = pin<PairReply>()(z.object({ token: tokenSchema, identity: identitySchema }));
