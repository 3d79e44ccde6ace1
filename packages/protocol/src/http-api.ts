import { z } from 'zod';
import { daySchema, idSchema, timestampSchema } from './common.ts';
import { connectedCountersSchema } from './presence.ts';
import { deviceRoleSchema } from './roles.ts';
import { statsTables } from './stats.ts';

// The hub's HTTP API: what each route takes and answers. The hub validates requests and answers with
// these schemas (apps/hub/src/http), and the admin page parses every answer with the same ones.
// Refusals are `{ error }` bodies (apiErrorBodySchema in errors.ts). Admin routes need the admin secret
// as `Authorization: Bearer <secret>`.

/** GET /healthz: 200 when ready, 503 otherwise, with the same body. */
export const healthSchema = z.object({
  status: z.enum(['ready', 'not-ready']),
  database: z.enum(['ok', 'error']),
  uptimeSeconds: z.number().int().nonnegative(),
  seq: z.number().int().nonnegative(),
});
export type Health = z.infer<typeof healthSchema>;

/** A paired device as the admin sees it (its token is never stored, let alone sent). */
export const deviceSchema = z.object({
  id: idSchema,
  name: z.string(),
  role: deviceRoleSchema,
  /** The one place a counter is bound to, or null for a counter that picks its place. */
  placeId: idSchema.nullable(),
  /** The places a display shows, or null for all. */
  places: z.array(idSchema).readonly().nullable(),
  createdAt: timestampSchema,
  lastSeenAt: timestampSchema.nullable(),
  revokedAt: timestampSchema.nullable(),
});
export type Device = z.infer<typeof deviceSchema>;

/** GET /api/admin/devices. */
export const deviceListSchema = z.object({
  devices: z.array(deviceSchema),
  connectedCounters: connectedCountersSchema,
  /** Ids of the devices connected now; the others are offline (a kiosk offline: nobody can draw). */
  online: z.array(idSchema),
});
export type DeviceList = z.infer<typeof deviceListSchema>;

/** The `:id` of /api/admin/devices/:id and /api/admin/devices/:id/revoke. */
export const deviceParamsSchema = z.object({ id: idSchema });

const deviceNameSchema = z.string().trim().min(1).max(60);

/** PATCH /api/admin/devices/:id: a new name; answered with the id and the name as stored. */
export const renameDeviceSchema = z.strictObject({ name: deviceNameSchema });
export const renamedDeviceSchema = z.object({ id: idSchema, name: z.string() });

/** POST /api/admin/devices/:id/revoke (no body): 404 `unknown-device` unless it was active. */
export const revokedDeviceSchema = z.object({ revoked: idSchema });

/** POST /api/admin/pairings: a single-use code for a new device of this role. */
export const pairingRequestSchema = z.strictObject({
  role: deviceRoleSchema,
  name: deviceNameSchema,
  placeId: idSchema.nullable().default(null),
  places: z.array(idSchema).max(50).readonly().nullable().default(null),
});
/** What the admin page sends; the hub fills in what is left out. */
export type PairingRequest = z.input<typeof pairingRequestSchema>;

/** 201 to POST /api/admin/pairings: the code to type and a link that pairs the device when opened. */
export const newPairingSchema = z.object({ code: z.string(), expiresAt: timestampSchema, link: z.string() });
export type NewPairing = z.infer<typeof newPairingSchema>;

/** A code not used yet, as GET /api/admin/pairings lists them (oldest first). */
export const openPairingSchema = z.object({
  name: z.string(),
  role: deviceRoleSchema,
  placeId: idSchema.nullable(),
  places: z.array(idSchema).readonly().nullable(),
  createdAt: timestampSchema,
  expiresAt: timestampSchema,
});
export type OpenPairing = z.infer<typeof openPairingSchema>;
export const openPairingsSchema = z.object({ pairings: z.array(openPairingSchema) });

/** YYYY-MM-DD that exists on the calendar (not 2025-02-30). */
export function isCalendarDay(value: string): boolean {
  if (!daySchema.safeParse(value).success) return false;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0)).toISOString().slice(0, 10) === value;
}

// Query parameters are refused with a sentence that names the parameter, as the hub answers it.
const calendarDayParam = (name: string) => {
  const error = (issue: { input?: unknown }): string =>
    `${name} must be a calendar day as YYYY-MM-DD, got "${String(issue.input)}".`;
  return z.string({ error }).refine(isCalendarDay, { error });
};

/**
 * GET /api/admin/stats?from=&to= (StatsReport). `to` defaults to today, `from` to `to`; a range
 * covers at most 366 days and `from` may not be after `to` (400 `invalid-query`).
 */
export const statsQuerySchema = z.object({
  from: calendarDayParam('from').optional(),
  to: calendarDayParam('to').optional(),
});
export type StatsQuery = z.infer<typeof statsQuerySchema>;

/** excel: `;`, decimal comma and a BOM, as German Excel opens it; standard: RFC 4180 with `,` and `.`. */
export const csvFormats = ['excel', 'standard'] as const;
export type CsvFormat = (typeof csvFormats)[number];

/** GET /api/admin/stats.csv?from=&to=&table=&format=: one table of the report as a CSV download. */
export const statsCsvQuerySchema = statsQuerySchema.extend({
  table: z
    .enum(statsTables, {
      error: (issue) => `table must be one of ${statsTables.join(', ')}, got "${String(issue.input)}".`,
    })
    .default('days'),
  format: z
    .enum(csvFormats, {
      error: (issue) => `format must be excel or standard, got "${String(issue.input)}".`,
    })
    .default('excel'),
});
export type StatsCsvQuery = z.infer<typeof statsCsvQuerySchema>;

const limitError = 'limit must be a whole number from 1 to 500.';

/** GET /api/admin/audit?limit=N: newest first, 1–500 entries, 100 by default (see AuditPage). */
export const auditQuerySchema = z.object({
  limit: z
    .string({ error: limitError })
    .regex(/^\d{1,3}$/, limitError)
    .transform(Number)
    .pipe(z.number().int().min(1, limitError).max(500, limitError))
    .default(100),
});

/** PUT /api/admin/issuing: stop or resume handing out numbers for these errands, for today. */
export const issuingUpdateSchema = z.strictObject({
  errandIds: z.array(idSchema).min(1).max(100),
  stopped: z.boolean(),
});
export type IssuingUpdate = z.infer<typeof issuingUpdateSchema>;

/** The errands for which no numbers are handed out today. */
export const issuingSchema = z.object({ stoppedErrands: z.array(idSchema) });
export type Issuing = z.infer<typeof issuingSchema>;

/** The office head's reason for "Stornieren" or "Tag schließen", kept in the change log, never shown to visitors. */
const noteSchema = z.string().trim().max(200).optional();

/** POST /api/admin/tickets/<id>/cancel: "Stornieren" – an open ticket ends, its phone is told. */
export const cancelTicketSchema = z.strictObject({ note: noteSchema });
export type CancelTicket = z.infer<typeof cancelTicketSchema>;

/** POST /api/admin/close-day: "Tag schließen" – every open ticket of today ends, no more numbers today. */
export const closeDaySchema = z.strictObject({ note: noteSchema });
export type CloseDay = z.infer<typeof closeDaySchema>;

/** How many tickets a cancel or a day's close ended. */
export const endedTicketsSchema = z.object({ ended: z.number().int().nonnegative() });
export type EndedTickets = z.infer<typeof endedTicketsSchema>;

/**
 * GET /api/admin/planner?day=YYYY-MM-DD: one stored day, as the staffing planner replays it; with
 * `weeks=8`, the average of that day and the same weekday of the seven weeks before.
 */
export const plannerQuerySchema = z.object({
  day: daySchema,
  weeks: z
    .string()
    .regex(/^\d{1,2}$/, 'weeks: 1 to 12')
    .transform(Number)
    .pipe(z.number().int().min(1).max(12))
    .optional(),
});

/** One place's day in the planner (minutes after the day's first number). */
export const placePlanSchema = z.object({
  placeId: idSchema,
  errandIds: z.array(idSchema),
  fromMinute: z.number().min(0),
  untilMinute: z.number().min(0).nullable(),
  pause: z.object({ atMinute: z.number().min(0), minutes: z.number().min(0) }).nullable(),
});

/** What the planner knows of a stored day (see DayData in @aufruf/sim). */
export const plannerDaySchema = z.object({
  day: daySchema,
  startsAt: z.number().int().nonnegative(),
  arrivals: z.array(z.object({ minute: z.number().min(0), errandId: idSchema })),
  serviceMinutes: z.record(idSchema, z.number().nonnegative()),
  serviceCv: z.number().nonnegative(),
  noShowRate: z.number().min(0).max(1),
  staffing: z.array(placePlanSchema),
  waits: z.array(z.object({ minute: z.number().min(0), waitMinutes: z.number().nullable() })),
  lastDoneAt: z.number().int().nullable(),
  /** How many stored days the figures stand for (1 for one day, up to `weeks` for an average). */
  days: z.number().int().min(0),
});
export type PlannerDay = z.infer<typeof plannerDaySchema>;
