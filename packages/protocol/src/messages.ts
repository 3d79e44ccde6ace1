import type {
  DayException,
  CallingRules,
  DomainEvent,
  Errand,
  OpeningHours,
  PlainOfficeState,
  Place,
  PlaceState,
  ServiceHistory,
  Ticket,
  WaitEstimate,
} from '@aufruf/core';
import { z } from 'zod';
import { localizedTextSchema } from './common.ts';
import {
  callingRulesSchema,
  dayExceptionSchema,
  domainEventSchema,
  errandSchema,
  officeStateSchema,
  openingHoursSchema,
  placeSchema,
  placeStateSchema,
  serviceHistorySchema,
  ticketSchema,
  waitEstimateSchema,
} from './domain-schemas.ts';
import { closingGraceSchema, officeTextsSchema } from './office-settings.ts';
import type { OfficeTexts } from './office-settings.ts';
import { printerReportSchema, ticketLanguageSchema } from './printer.ts';
import type { PrinterReport, TicketLanguage } from './printer.ts';
import { pin } from './pin.ts';
import { identitySchema } from './roles.ts';
import type { Identity } from './roles.ts';

/** What every client may know of the office: its name and what it offers. */
export interface PublicOffice {
  readonly name: string;
  /** Where phones reach the hub (the follow page lives at `<publicUrl>/t/<token>`). */
  readonly publicUrl: string;
  readonly timeZone: string;
  readonly errands: readonly Errand[];
  readonly places: readonly Place[];
  readonly rules: CallingRules;
  /** When numbers are handed out; null: any time. */
  readonly hours: OpeningHours | null;
  /** Minutes after closing time visitors are still served (the cut-off's grace); default 30. */
  readonly closingGraceMinutes?: number | undefined;
  /** Holidays, closures and special hours around now (the office's own and its Land's holidays). */
  readonly exceptions?: readonly DayException[] | undefined;
  readonly texts: OfficeTexts;
}

export const publicOfficeSchema = pin<PublicOffice>()(
  z.object({
    name: z.string(),
    publicUrl: z.string(),
    timeZone: z.string(),
    errands: z.array(errandSchema),
    places: z.array(placeSchema),
    rules: callingRulesSchema,
    hours: openingHoursSchema.nullable(),
    closingGraceMinutes: closingGraceSchema.optional(),
    exceptions: z.array(dayExceptionSchema).max(1000).optional(),
    texts: officeTextsSchema,
  }),
);

/** A paired kiosk or display and whether it is connected now: offline, nobody draws or sees calls there. */
export interface DeviceStatus {
  readonly id: string;
  readonly name: string;
  readonly role: 'kiosk' | 'display';
  readonly online: boolean;
}

export const deviceStatusSchema = pin<DeviceStatus>()(
  z.object({
    id: z.string(),
    name: z.string(),
    role: z.enum(['kiosk', 'display']),
    online: z.boolean(),
  }),
);

/** The full picture a client starts from, after connecting and after every reconnect. */
export interface Snapshot {
  /** Sequence number of the last event included; batches continue from here. */
  readonly seq: number;
  /** The hub's clock, so clients can show waiting times without trusting their own. */
  readonly serverTime: number;
  readonly office: PublicOffice;
  readonly state: PlainOfficeState;
  /** Who the hub took this connection for. */
  readonly you: Identity;
  readonly printers: readonly PrinterReport[];
  /** The paired kiosks and displays, online or not. */
  readonly devices: readonly DeviceStatus[];
  /** Past days' service times, for wait estimates (`forecast` in @aufruf/core). */
  readonly history: ServiceHistory;
}

export const snapshotSchema = pin<Snapshot>()(
  z.object({
    seq: z.number().int().nonnegative(),
    serverTime: z.number().int().nonnegative(),
    office: publicOfficeSchema,
    state: officeStateSchema,
    you: identitySchema,
    printers: z.array(printerReportSchema),
    devices: z.array(deviceStatusSchema),
    history: serviceHistorySchema,
  }),
);

/** Events recorded by one command, pushed to every client. `after` is the seq they follow. */
export interface EventBatch {
  readonly after: number;
  readonly seq: number;
  readonly events: readonly DomainEvent[];
}

export const eventBatchSchema = pin<EventBatch>()(
  z.object({
    after: z.number().int().nonnegative(),
    seq: z.number().int().nonnegative(),
    events: z.array(domainEventSchema),
  }),
);

export interface DrawReply {
  readonly ticket: Ticket;
  /** People the places serving this ticket call first, of any errand (see `forecast` in core). */
  readonly ahead: number;
  /** The ticket's secret for its follow page; only the kiosk that drew it ever sees it. */
  readonly followToken: string;
  /** The expected wait when it was drawn, for the screen and the paper; null if nobody serves it now. */
  readonly estimate: WaitEstimate | null;
}

export const drawReplySchema = pin<DrawReply>()(
  z.object({
    ticket: ticketSchema,
    ahead: z.number().int().nonnegative(),
    followToken: z.string().min(1),
    estimate: waitEstimateSchema.nullable(),
  }),
);

/** A ticket the hub asks a kiosk's own printer to print again (staff pressed "Neu drucken"). */
export interface PrintJobRequest {
  /** The ticket as of now: its number, who is ahead, the wait, and its follow token for the QR code. */
  readonly draw: DrawReply;
  readonly language?: TicketLanguage | undefined;
}

export const printJobRequestSchema = pin<PrintJobRequest>()(
  z.object({ draw: drawReplySchema, language: ticketLanguageSchema.optional() }),
);

/** The address a ticket's QR code encodes. */
export const followUrl = (office: Pick<PublicOffice, 'publicUrl'>, token: string): string =>
  `${office.publicUrl.replace(/\/+$/, '')}/t/${token}`;

export interface CounterReply {
  readonly place: PlaceState;
  /** The ticket the command acted on, as it is now. */
  readonly ticket: Ticket | null;
}

export const counterReplySchema = pin<CounterReply>()(
  z.object({ place: placeStateSchema, ticket: ticketSchema.nullable() }),
);

/** What a follow page shows: one ticket and how close it is, nothing about anyone else. */
export interface FollowView {
  readonly officeName: string;
  readonly ticket: Ticket;
  readonly errandName: Errand['name'];
  /** People the places serving this ticket call first, while it waits (see `visitorStatus` in core). */
  readonly ahead: number;
  /** Name of the place it is called to, once called. */
  readonly placeName: string | null;
  /** Close enough that the visitor should come back now (few people ahead or a short wait). */
  readonly returnNow: boolean;
  /** The expected wait while waiting; null when called, finished or not estimable. */
  readonly estimate: WaitEstimate | null;
  readonly serverTime: number;
}

export const followViewSchema = pin<FollowView>()(
  z.object({
    officeName: z.string(),
    ticket: ticketSchema,
    errandName: localizedTextSchema,
    ahead: z.number().int().nonnegative(),
    placeName: z.string().nullable(),
    returnNow: z.boolean(),
    estimate: waitEstimateSchema.nullable(),
    serverTime: z.number().int().nonnegative(),
  }),
);
