import type { DomainEvent, Errand, OfficeState, Place, PlaceState, Result, Ticket } from '@aufruf/core';
import { z } from 'zod';
import { errandSchema, officeStateSchema, placeSchema, domainEventSchema } from './domain-schemas.ts';

/** Why the hub refused a message: a stable code, a German sentence, and for bad payloads the fields. */
export interface WireError {
  readonly code: string;
  readonly message: string;
  readonly issues?: readonly { readonly path: string; readonly message: string }[];
}

/** Every acknowledgement: `{ ok: true, value }` or `{ ok: false, error }`. */
export type Ack<T> = Result<T, WireError>;

/** What every client may know of the office: its name and what it offers. */
export interface PublicOffice {
  readonly name: string;
  /** Where phones reach the hub (the follow page lives at `<publicUrl>/t/<token>`). */
  readonly publicUrl: string;
  readonly timeZone: string;
  readonly errands: readonly Errand[];
  readonly places: readonly Place[];
}

export const publicOfficeSchema: z.ZodType<PublicOffice> = z.object({
  name: z.string(),
  publicUrl: z.string(),
  timeZone: z.string(),
  errands: z.array(errandSchema),
  places: z.array(placeSchema),
});

/** The full picture a client starts from, after connecting and after every reconnect. */
export interface Snapshot {
  /** Sequence number of the last event included; batches continue from here. */
  readonly seq: number;
  /** The hub's clock, so clients can show waiting times without trusting their own. */
  readonly serverTime: number;
  readonly office: PublicOffice;
  readonly state: OfficeState;
}

export const snapshotSchema: z.ZodType<Snapshot> = z.object({
  seq: z.number().int().nonnegative(),
  serverTime: z.number().int().nonnegative(),
  office: publicOfficeSchema,
  state: officeStateSchema,
});

/** Events recorded by one command, pushed to every client. `after` is the seq they follow. */
export interface EventBatch {
  readonly after: number;
  readonly seq: number;
  readonly events: readonly DomainEvent[];
}

export const eventBatchSchema: z.ZodType<EventBatch> = z.object({
  after: z.number().int().nonnegative(),
  seq: z.number().int().nonnegative(),
  events: z.array(domainEventSchema),
});

export interface DrawReply {
  readonly ticket: Ticket;
  /** People waiting before this ticket in its errand's queue. */
  readonly ahead: number;
  /** The ticket's secret for its follow page; only the kiosk that drew it ever sees it. */
  readonly followToken: string;
}

/** The address a ticket's QR code encodes. */
export const followUrl = (office: Pick<PublicOffice, 'publicUrl'>, token: string): string =>
  `${office.publicUrl.replace(/\/+$/, '')}/t/${token}`;

export interface CounterReply {
  readonly place: PlaceState;
  /** The ticket the command acted on, as it is now. */
  readonly ticket: Ticket | null;
}
