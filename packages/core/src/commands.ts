import type { OfficeSetup, PrintTrouble, TicketKind } from './model.ts';

/** What staff and visitors ask the office to do. Every command is validated by {@link decide}. */
export type Command =
  | { readonly type: 'draw'; readonly errandId: string; readonly kind?: TicketKind | undefined }
  | { readonly type: 'configure-place'; readonly placeId: string; readonly errandIds: readonly string[] }
  | { readonly type: 'call-next'; readonly placeId: string }
  | { readonly type: 'call'; readonly placeId: string; readonly ticketId: string }
  | { readonly type: 'recall'; readonly placeId: string }
  | { readonly type: 'complete'; readonly placeId: string }
  | { readonly type: 'no-show'; readonly placeId: string }
  | { readonly type: 'put-back'; readonly placeId: string }
  | {
      readonly type: 'transfer';
      readonly placeId: string;
      readonly toErrandId?: string | undefined;
      readonly toPlaceId?: string | undefined;
    }
  /**
   * A pause, with the minutes the clerk expects it to last (null: "bis auf Weiteres"; left out:
   * {@link DEFAULT_PAUSE_MINUTES}), or its end.
   */
  | {
      readonly type: 'pause';
      readonly placeId: string;
      readonly paused: boolean;
      readonly minutes?: number | null | undefined;
    }
  /** A clerk signs in at a place or out of it. */
  | { readonly type: 'staff'; readonly placeId: string; readonly staffed: boolean }
  /** "Wieder aufnehmen": a visitor marked as not come turns up after all; back to their place in the queue. */
  | { readonly type: 'reopen'; readonly placeId: string; readonly ticketId: string }
  /** "Rückgängig": the place's last "Erledigt" or "Nicht erschienen" was wrong; the number is back at the desk. */
  | { readonly type: 'undo'; readonly placeId: string; readonly ticketId: string }
  /** "Stornieren": the office head ends an open ticket (a duplicate, a visitor who left), with a note. */
  | { readonly type: 'cancel'; readonly ticketId: string; readonly note?: string | undefined }
  /**
   * "Tag schließen": every open ticket of today expires, phones are told, and no more numbers are handed
   * out today.
   */
  | { readonly type: 'close-day'; readonly note?: string | undefined }
  /** A kiosk or the hub could not print a number it drew; staff see it until a reprint comes out. */
  | { readonly type: 'print-failed'; readonly ticketId: string; readonly trouble: PrintTrouble }
  /** The owed paper of a ticket came out (a reprint). */
  | { readonly type: 'printed'; readonly ticketId: string }
  /** The office head stops or resumes handing out numbers for these errands, for today. */
  | { readonly type: 'set-issuing'; readonly errandIds: readonly string[]; readonly stopped: boolean }
  /** Closes a finished service day: expires its open tickets and restarts numbering. */
  | { readonly type: 'roll-over' }
  /**
   * The office head saved a new setup (decided against the new one): places that are new, or whose
   * default errands changed, take their new defaults, as if their clerk had chosen them.
   */
  | { readonly type: 'apply-setup'; readonly before: OfficeSetup };

export type CommandType = Command['type'];

/**
 * Why a command was refused: a closed set of stable codes. The domain says no more than the code; each
 * screen words it in its reader's language (a new code does not compile until every screen has).
 */
export const domainErrorCodes = [
  'unknown-errand',
  'unknown-place',
  'unknown-ticket',
  'place-busy',
  'place-idle',
  'place-paused',
  'queue-empty',
  'ticket-not-waiting',
  'invalid-transfer',
  'number-range-exhausted',
  /** The errand is switched off on the kiosk. */
  'errand-inactive',
  /** The errand has no priority ticket. */
  'priority-not-offered',
  /** Outside the hours numbers are handed out. */
  'office-closed',
  /** The office stopped handing out numbers for this errand today. */
  'issuing-stopped',
  /** The number was called out as often as the calling rules allow. */
  'recall-limit',
  /** "Nicht erschienen" only after the waiting time the calling rules give. */
  'no-show-too-early',
  /** Only today's numbers marked "Nicht erschienen" can be taken back into the queue. */
  'not-reopenable',
  /** A number drawn now would probably not be called before closing time (the errand's cut-off). */
  'capacity-reached',
  /** Only the place's last "Erledigt" or "Nicht erschienen", within two minutes, can be undone. */
  'not-undoable',
  /** Only a waiting or called ticket of today can be cancelled. */
  'not-cancellable',
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

export interface DomainError {
  readonly code: DomainErrorCode;
}
