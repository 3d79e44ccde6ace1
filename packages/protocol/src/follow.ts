import type { LocalizedText, Result, Ticket, WaitEstimate } from '@aufruf/core';
import * as z from 'zod/mini';
import { refusalCodes } from './error-codes.ts';
import type { ConnectRefusal } from './error-codes.ts';
import type { WireError } from './errors.ts';
import type { FollowView } from './messages.ts';
import { pinMini } from './pin.ts';

// The follow page runs on visitors' phones, often on a weak signal: it must stay small. The classic zod
// API alone weighs about 26 kB gzipped and is not tree-shakeable, so this module describes the one
// message the page receives with zod/mini (about 6 kB). It imports only types from the rest of the
// protocol, so a bundle that imports `@aufruf/protocol/follow` pulls no other schema.
// Each schema is pinned to its domain type in both directions (pin.ts), and
// tests/integration/follow-schema.test.ts checks that it accepts and rejects exactly what
// `followViewSchema` does, on a real hub's messages.

const id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));
const count = z.number().check(z.int(), z.nonnegative());

const localizedText = pinMini<LocalizedText>()(
  z.catchall(
    z.object({ de: z.string().check(z.minLength(1), z.maxLength(120)) }),
    z.string().check(z.maxLength(120)),
  ),
);

const ticket = pinMini<Ticket>()(
  z.object({
    id,
    day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    letter: z.string().check(z.regex(/^[A-Z]$/)),
    number: z.number().check(z.int(), z.positive()),
    errandId: id,
    kind: z.optional(z.enum(['normal', 'priority', 'appointment'])),
    status: z.enum(['waiting', 'called', 'served', 'no-show', 'expired']),
    drawnAt: count,
    queuedAt: count,
    placeId: z.nullable(id),
    targetPlaceId: z.nullable(id),
    firstCalledAt: z.nullable(count),
    calledAt: z.nullable(count),
    finishedAt: z.nullable(count),
    calls: count,
    endCause: z.optional(z.enum(['cancelled', 'day-closed'])),
    // Staff's business (the hub leaves it out of follow views); here only so the schema fits the type.
    unprinted: z.optional(
      z.object({
        fault: z.enum(['paper-out', 'cover-open', 'offline', 'error']),
        source: z.string(),
        language: z.optional(z.string()),
      }),
    ),
  }),
);

const minutes = z.number().check(z.nonnegative());
const estimate = pinMini<WaitEstimate>()(
  z.object({
    minMinutes: minutes,
    maxMinutes: minutes,
    expectedMinutes: minutes,
    pastClosing: z.optional(z.literal(true)),
  }),
);

/** `followViewSchema` without the rest of the protocol: for the phone page's small bundle. */
export const followPageViewSchema = pinMini<FollowView>()(
  z.object({
    officeName: z.string(),
    ticket,
    errandName: localizedText,
    ahead: count,
    placeName: z.nullable(z.string()),
    returnNow: z.boolean(),
    estimate: z.nullable(estimate),
    serverTime: count,
  }),
);

/** The hub's answer to `follow:sync`, parsed whole: the view, or a refusal with its code. */
export const followSyncReplySchema: z.ZodMiniType<Result<FollowView, WireError>> = z.discriminatedUnion(
  'ok',
  [
    z.object({ ok: z.literal(true), value: followPageViewSchema }),
    z.object({
      ok: z.literal(false),
      error: z.object({
        code: z.enum(refusalCodes),
        message: z.optional(z.string()),
        issues: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
      }),
    }),
  ],
);

/** A refusal of a follow page: its token is unknown, or its ticket is no longer in today's queue. */
export const FOLLOW_UNKNOWN = 'follow-unknown' satisfies ConnectRefusal;
