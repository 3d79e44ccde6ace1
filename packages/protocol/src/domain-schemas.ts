import type {
  CallingRules,
  DayException,
  IssuingHours,
  OpeningHours,
  TicketKind,
  DomainEvent,
  Errand,
  PlainOfficeState,
  Place,
  PlaceState,
  PrintTrouble,
  ServiceHistory,
  Ticket,
  WaitEstimate,
} from '@aufruf/core';
import { z } from 'zod';
import { daySchema, idSchema, letterSchema, localizedTextSchema, timestampSchema } from './common.ts';
import { pin } from './pin.ts';
import { printerFaultSchema } from './printer.ts';

export const endCauseSchema = z.enum(['cancelled', 'day-closed']);

/** The German Länder whose public holidays the office can keep (date-holidays' codes). */
export const holidayRegions = [
  'DE-BW',
  'DE-BY',
  'DE-BE',
  'DE-BB',
  'DE-HB',
  'DE-HH',
  'DE-HE',
  'DE-MV',
  'DE-NI',
  'DE-NW',
  'DE-RP',
  'DE-SL',
  'DE-SN',
  'DE-ST',
  'DE-SH',
  'DE-TH',
] as const;
export const holidayRegionSchema = z.enum(holidayRegions);
export type HolidayRegion = z.infer<typeof holidayRegionSchema>;

// Each schema is pinned to the domain type it describes (see pin.ts): a field added to one and not the
// other does not compile.

export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #0072b2');

export const errandSchema = pin<Errand>()(
  z.object({
    id: idSchema,
    letter: letterSchema,
    name: localizedTextSchema,
    hint: localizedTextSchema.optional(),
    colour: colourSchema.optional(),
    active: z.boolean().optional(),
    priority: z.boolean().optional(),
    cutOff: z.enum(['none', 'warn', 'stop']).optional(),
    waitLimits: z
      .object({
        amberMinutes: z.number().int().min(1).max(600),
        redMinutes: z.number().int().min(1).max(600),
      })
      .refine((l) => l.amberMinutes < l.redMinutes, { message: 'amber must come before red' })
      .optional(),
  }),
);

export const placeSchema = pin<Place>()(
  z.object({
    id: idSchema,
    name: z.string().min(1).max(40),
    errandIds: z.array(idSchema).max(50).optional(),
  }),
);

export const ticketKindSchema = pin<TicketKind>()(z.enum(['normal', 'priority', 'appointment']));

export const callingRulesSchema = pin<CallingRules>()(
  z.strictObject({
    priority: z.enum(['first', 'interleave']),
    priorityEvery: z.number().int().min(1).max(20),
    appointmentsFirst: z.boolean(),
    maxRecalls: z.number().int().min(0).max(10),
    noShowAfterSeconds: z.number().int().min(0).max(3600),
    reopenAtFront: z.boolean().optional(),
  }),
);

const clockTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time like 08:00');

export const issuingHoursSchema = pin<IssuingHours>()(
  z
    .strictObject({ from: clockTimeSchema, until: clockTimeSchema })
    .refine((h) => h.from < h.until, { message: '"from" must be before "until"', path: ['until'] }),
);

export const openingHoursSchema = pin<OpeningHours>()(
  z.strictObject({
    mon: issuingHoursSchema.nullable().optional(),
    tue: issuingHoursSchema.nullable().optional(),
    wed: issuingHoursSchema.nullable().optional(),
    thu: issuingHoursSchema.nullable().optional(),
    fri: issuingHoursSchema.nullable().optional(),
    sat: issuingHoursSchema.nullable().optional(),
    sun: issuingHoursSchema.nullable().optional(),
  }),
);

export const dayExceptionSchema = pin<DayException>()(
  z.object({
    date: daySchema,
    hours: issuingHoursSchema.nullable(),
    name: z.string().trim().min(1).max(60),
  }),
);

export const printTroubleSchema = pin<PrintTrouble>()(
  z.object({
    fault: printerFaultSchema,
    source: z.string().min(1).max(100),
    language: z.string().min(2).max(10).optional(),
  }),
);

export const ticketSchema = pin<Ticket>()(
  z.object({
    id: idSchema,
    day: daySchema,
    letter: letterSchema,
    number: z.number().int().positive(),
    errandId: idSchema,
    kind: ticketKindSchema.optional(),
    status: z.enum(['waiting', 'called', 'served', 'no-show', 'expired']),
    drawnAt: timestampSchema,
    queuedAt: timestampSchema,
    placeId: idSchema.nullable(),
    targetPlaceId: idSchema.nullable(),
    firstCalledAt: timestampSchema.nullable(),
    calledAt: timestampSchema.nullable(),
    finishedAt: timestampSchema.nullable(),
    calls: z.number().int().nonnegative(),
    endCause: endCauseSchema.optional(),
    unprinted: printTroubleSchema.optional(),
  }),
);

export const placeStateSchema = pin<PlaceState>()(
  z.object({
    id: idSchema,
    errandIds: z.array(idSchema),
    staffed: z.boolean(),
    paused: z.boolean(),
    backAt: timestampSchema.nullable(),
    ticketId: idSchema.nullable(),
  }),
);

/** The office state as it travels: tickets as a list (see PlainOfficeState in core). */
export const officeStateSchema = pin<PlainOfficeState>()(
  z.object({
    day: z.union([daySchema, z.literal('')]),
    lastNumbers: z.record(letterSchema, z.number().int().nonnegative()),
    tickets: z.array(ticketSchema),
    places: z.record(idSchema, placeStateSchema),
    calls: z.array(
      z.object({ ticketId: idSchema, placeId: idSchema, at: timestampSchema, recall: z.boolean() }),
    ),
    stoppedErrands: z.array(idSchema),
  }),
);

const at = { at: timestampSchema };
const atPlace = { ...at, ticketId: idSchema, placeId: idSchema };

export const domainEventSchema = pin<DomainEvent>()(
  z.discriminatedUnion('type', [
    z.object({
      type: z.literal('DayStarted'),
      ...at,
      day: daySchema,
      lastNumbers: z.record(letterSchema, z.number().int().nonnegative()).optional(),
    }),
    z.object({ type: z.literal('TicketDrawn'), ...at, ticket: ticketSchema }),
    z.object({ type: z.literal('TicketCalled'), ...atPlace, outOfTurn: z.boolean() }),
    z.object({ type: z.literal('TicketRecalled'), ...atPlace }),
    z.object({ type: z.literal('TicketServed'), ...atPlace }),
    z.object({ type: z.literal('TicketNoShow'), ...atPlace }),
    z.object({ type: z.literal('TicketPutBack'), ...atPlace }),
    z.object({ type: z.literal('TicketReopened'), ...atPlace, queuedAt: timestampSchema.optional() }),
    z.object({
      type: z.literal('TicketTransferred'),
      ...atPlace,
      toErrandId: idSchema,
      toPlaceId: idSchema.nullable(),
    }),
    z.object({ type: z.literal('TicketUndone'), ...atPlace }),
    z.object({ type: z.literal('TicketNotPrinted'), ...at, ticketId: idSchema, trouble: printTroubleSchema }),
    z.object({ type: z.literal('TicketPrinted'), ...at, ticketId: idSchema }),
    z.object({
      type: z.literal('TicketExpired'),
      ...at,
      ticketId: idSchema,
      cause: endCauseSchema.optional(),
      note: z.string().max(200).optional(),
    }),
    z.object({ type: z.literal('PlaceConfigured'), ...at, placeId: idSchema, errandIds: z.array(idSchema) }),
    z.object({
      type: z.literal('PlacePaused'),
      ...at,
      placeId: idSchema,
      backAt: timestampSchema.nullable().optional(),
    }),
    z.object({ type: z.literal('PlaceStaffed'), ...at, placeId: idSchema }),
    z.object({ type: z.literal('PlaceUnstaffed'), ...at, placeId: idSchema }),
    z.object({ type: z.literal('PlaceResumed'), ...at, placeId: idSchema }),
    z.object({ type: z.literal('IssuingStopped'), ...at, errandId: idSchema }),
    z.object({ type: z.literal('IssuingResumed'), ...at, errandId: idSchema }),
  ]),
);

export const waitEstimateSchema = pin<WaitEstimate>()(
  z.object({
    minMinutes: z.number().nonnegative(),
    maxMinutes: z.number().nonnegative(),
    expectedMinutes: z.number().nonnegative(),
    pastClosing: z.literal(true).optional(),
  }),
);

/** Past days' service times per errand: every screen estimates waits from the same figures. */
export const serviceHistorySchema = pin<ServiceHistory>()(
  z.record(
    idSchema,
    z.object({
      meanMinutes: z.number().nonnegative(),
      samples: z.number().int().nonnegative(),
      cv: z.number().nonnegative().optional(),
    }),
  ),
);
