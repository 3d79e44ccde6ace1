import type { EndCause, PrintTrouble, Ticket } from './model.ts';

interface At {
  /** When it happened, ms since the epoch. */
  readonly at: number;
}
interface AtPlace extends At {
  readonly ticketId: string;
  readonly placeId: string;
}

/** Everything that can happen in the office; the store keeps them, the hub sends them, clients apply them. */
export type DomainEvent =
  | (At & {
      readonly type: 'DayStarted';
      readonly day: string;
      /**
       * The highest number per letter the store already holds for this day (the day starts again after
       * a clock jump): numbering continues from there. Absent on a day's first start.
       */
      readonly lastNumbers?: Readonly<Record<string, number>>;
    })
  | (At & { readonly type: 'TicketDrawn'; readonly ticket: Ticket })
  | (AtPlace & { readonly type: 'TicketCalled'; readonly outOfTurn: boolean })
  | (AtPlace & { readonly type: 'TicketRecalled' })
  | (AtPlace & { readonly type: 'TicketServed' })
  | (AtPlace & { readonly type: 'TicketNoShow' })
  | (AtPlace & { readonly type: 'TicketPutBack' })
  /** A ticket marked "Nicht erschienen" waits again (the place is the one that took it back). */
  | (AtPlace & {
      readonly type: 'TicketReopened';
      /** Its new place in time when the office puts it at the front; absent: where it was. */
      readonly queuedAt?: number | undefined;
    })
  | (AtPlace & {
      readonly type: 'TicketTransferred';
      readonly toErrandId: string;
      readonly toPlaceId: string | null;
    })
  /** The number is back at the desk that finished it ("Rückgängig"): called again, not called anew. */
  | (AtPlace & { readonly type: 'TicketUndone' })
  /** The number exists, its paper did not come out: staff are told and may print it again. */
  | (At & { readonly type: 'TicketNotPrinted'; readonly ticketId: string; readonly trouble: PrintTrouble })
  /** A ticket owed on paper came out after all (a reprint). */
  | (At & { readonly type: 'TicketPrinted'; readonly ticketId: string })
  | (At & {
      readonly type: 'TicketExpired';
      readonly ticketId: string;
      /** Ended on purpose by the office; absent for a ticket left open overnight. */
      readonly cause?: EndCause | undefined;
      /** The office head's reason, for the change log; never shown to visitors. */
      readonly note?: string | undefined;
    })
  | (At & {
      readonly type: 'PlaceConfigured';
      readonly placeId: string;
      readonly errandIds: readonly string[];
    })
  | (At & {
      readonly type: 'PlacePaused';
      readonly placeId: string;
      /**
       * When the clerk expects to be back; null: "bis auf Weiteres". Absent in events stored before
       * pauses had a length: those count as {@link DEFAULT_PAUSE_MINUTES}.
       */
      readonly backAt?: number | null | undefined;
    })
  /** A clerk signed in at the place (opened its counter, or acted for it). */
  | (At & { readonly type: 'PlaceStaffed'; readonly placeId: string })
  /** The place's clerk signed out, or their counter has been gone for a while. */
  | (At & { readonly type: 'PlaceUnstaffed'; readonly placeId: string })
  | (At & { readonly type: 'PlaceResumed'; readonly placeId: string })
  /** No more numbers for this errand today (until resumed, or the next day starts). */
  | (At & { readonly type: 'IssuingStopped'; readonly errandId: string })
  | (At & { readonly type: 'IssuingResumed'; readonly errandId: string });

export type DomainEventType = DomainEvent['type'];

/** The ticket an event is about, if any: the store uses it to know which rows changed. */
export function ticketIdOf(event: DomainEvent): string | null {
  switch (event.type) {
    case 'TicketDrawn':
      return event.ticket.id;
    case 'DayStarted':
    case 'PlaceConfigured':
    case 'PlacePaused':
    case 'PlaceResumed':
    case 'PlaceStaffed':
    case 'PlaceUnstaffed':
    case 'IssuingStopped':
    case 'IssuingResumed':
      return null;
    default:
      return event.ticketId;
  }
}

/** The place an event changes, if any. */
export function placeIdOf(event: DomainEvent): string | null {
  return 'placeId' in event ? event.placeId : null;
}
