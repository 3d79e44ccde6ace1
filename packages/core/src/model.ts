/** Text in several languages; German is the office's language and always present. */
export type LocalizedText = { readonly de: string } & Readonly<Partial<Record<string, string>>>;

/** An errand a visitor can choose at the kiosk; its letter prefixes every ticket number. */
export interface Errand {
  readonly id: string;
  readonly letter: string;
  readonly name: LocalizedText;
  /** A line of examples shown under the name ("Beantragung, Abholung, …"). */
  readonly hint?: LocalizedText | undefined;
}

/** A place where visitors are served: a counter, a room. */
export interface Place {
  readonly id: string;
  readonly name: string;
}

/** What the domain needs to know of the office's configuration. */
export interface OfficeSetup {
  readonly timeZone: string;
  readonly errands: readonly Errand[];
  readonly places: readonly Place[];
}

export type TicketStatus = 'waiting' | 'called' | 'served' | 'no-show' | 'expired';

export interface Ticket {
  readonly id: string;
  /** Service day (YYYY-MM-DD, office time zone) the number belongs to. */
  readonly day: string;
  readonly letter: string;
  readonly number: number;
  readonly errandId: string;
  readonly status: TicketStatus;
  readonly drawnAt: number;
  /** Position in time within the waiting queue: drawing sets it, putting back moves it to the end. */
  readonly queuedAt: number;
  /** Place serving the ticket while called; the last place that handled it afterwards. */
  readonly placeId: string | null;
  /** Set by a transfer to one particular place: only that place calls it. */
  readonly targetPlaceId: string | null;
  readonly firstCalledAt: number | null;
  /** Time of the latest call or recall. */
  readonly calledAt: number | null;
  readonly finishedAt: number | null;
  /** How often the number was called out (first call and recalls). */
  readonly calls: number;
}

export interface PlaceState {
  readonly id: string;
  readonly errandIds: readonly string[];
  readonly paused: boolean;
  /** The one ticket this place is serving, if any. */
  readonly ticketId: string | null;
}

/** A number called out, as the displays show it. */
export interface CallRecord {
  readonly ticketId: string;
  readonly placeId: string;
  readonly at: number;
  readonly recall: boolean;
}

/** The office's queue on one service day: what the hub holds and every client mirrors. */
export interface OfficeState {
  readonly day: string;
  readonly lastNumbers: Readonly<Record<string, number>>;
  readonly tickets: Readonly<Record<string, Ticket>>;
  readonly places: Readonly<Record<string, PlaceState>>;
  /** The latest calls, newest last, at most {@link CALL_HISTORY} of them. */
  readonly calls: readonly CallRecord[];
}

export const CALL_HISTORY = 20;

export const isOpen = (ticket: Ticket): boolean => ticket.status === 'waiting' || ticket.status === 'called';

/** The state of an office that has not handed out any number yet: every place serves every errand. */
export function initialState(setup: OfficeSetup, day: string): OfficeState {
  const places: Record<string, PlaceState> = {};
  for (const place of setup.places) {
    places[place.id] = defaultPlaceState(setup, place.id);
  }
  return { day, lastNumbers: {}, tickets: {}, places, calls: [] };
}

export function defaultPlaceState(setup: OfficeSetup, placeId: string): PlaceState {
  return { id: placeId, errandIds: setup.errands.map((e) => e.id), paused: false, ticketId: null };
}
