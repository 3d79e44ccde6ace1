import { ticketMap } from './ticket-map.ts';
import type { TicketMap } from './ticket-map.ts';
import type { WaitLimits } from './queue.ts';
/** Text in several languages; German is the office's language and always present. */
export type LocalizedText = { readonly de: string } & Readonly<Partial<Record<string, string>>>;

/** An errand a visitor can choose at the kiosk; its letter prefixes every ticket number. */
export interface Errand {
  readonly id: string;
  readonly letter: string;
  readonly name: LocalizedText;
  /** A line of examples shown under the name ("Beantragung, Abholung, …"). */
  readonly hint?: LocalizedText | undefined;
  /** Colour of its badge and kiosk tile (#rrggbb); a tone by position when left out. */
  readonly colour?: string | undefined;
  /** False hides it on the kiosk (no new numbers); waiting tickets are still served. Default true. */
  readonly active?: boolean | undefined;
  /** Whether the kiosk offers a priority ticket ("Barrierefrei / Vorrang") for it. Default false. */
  readonly priority?: boolean | undefined;
  /**
   * What happens when a number drawn now would probably not be called before closing time plus the
   * office's grace: 'warn' tells the visitor at the kiosk (the default), 'stop' hands out no more
   * numbers for it, 'none' says nothing.
   */
  readonly cutOff?: CutOffPolicy | undefined;
  /**
   * When the longest wait turns the errand's light amber and red on counters and the admin page;
   * {@link defaultWaitLimits} (30 and 60 minutes) when left out.
   */
  readonly waitLimits?: WaitLimits | undefined;
}

export type CutOffPolicy = 'none' | 'warn' | 'stop';

/** A place where visitors are served: a counter, a room. */
export interface Place {
  readonly id: string;
  readonly name: string;
  /** Errands it serves by default (staff may change it at the counter); all errands when left out. */
  readonly errandIds?: readonly string[] | undefined;
}

/** How "Nächste Nummer" picks among waiting tickets, and when a called visitor may be given up. */
export interface CallingRules {
  /**
   * 'first': a waiting priority ticket is always called before normal ones. 'interleave': one priority
   * ticket after every `priorityEvery` normal calls, so neither side starves.
   */
  readonly priority: 'first' | 'interleave';
  readonly priorityEvery: number;
  /** Waiting appointment holders are called before walk-in visitors. */
  readonly appointmentsFirst: boolean;
  /** How often a called number may be called out again. */
  readonly maxRecalls: number;
  /** "Nicht erschienen" is offered this many seconds after the first call. */
  readonly noShowAfterSeconds: number;
  /**
   * A number taken back after "Nicht erschienen" goes to the front of the queue (true) instead of
   * back to its place in it, drawn when it was drawn (false, the default).
   */
  readonly reopenAtFront?: boolean | undefined;
}

export const defaultCallingRules: CallingRules = {
  priority: 'first',
  priorityEvery: 3,
  appointmentsFirst: true,
  maxRecalls: 3,
  // Offered at once unless the office sets a wait: staff know when someone has not come.
  noShowAfterSeconds: 0,
};

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** When the kiosk hands out numbers on a weekday ("HH:MM", office time); null: closed that day. */
export interface IssuingHours {
  readonly from: string;
  readonly until: string;
}

/** Opening hours per weekday; a weekday left out is closed. */
export type OpeningHours = Readonly<Partial<Record<Weekday, IssuingHours | null>>>;

/**
 * One date with other hours than its weekday's: a public holiday or a one-off closure (`hours` null),
 * or special hours (a long Thursday before Christmas).
 */
export interface DayException {
  /** YYYY-MM-DD, office time. */
  readonly date: string;
  readonly hours: IssuingHours | null;
  /** What to call it ("Tag der Deutschen Einheit", "Betriebsausflug"). */
  readonly name: string;
}

/** What the domain needs to know of the office's configuration. */
export interface OfficeSetup {
  readonly timeZone: string;
  readonly errands: readonly Errand[];
  readonly places: readonly Place[];
  /** The calling rules; {@link defaultCallingRules} when left out. */
  readonly rules?: CallingRules | undefined;
  /** When numbers are handed out; any time when left out (null). */
  readonly hours?: OpeningHours | null | undefined;
  /** Dates whose hours differ from their weekday's (holidays, closures, special hours); only with hours. */
  readonly exceptions?: readonly DayException[] | undefined;
  /**
   * Minutes after closing time (the end of the day's hours) the clerks still serve visitors: a
   * number projected to be called later than that falls under its errand's cut-off. Default 30.
   */
  readonly closingGraceMinutes?: number | undefined;
}

export const DEFAULT_CLOSING_GRACE_MINUTES = 30;

/** A short break: the pause a clerk takes unless they pick a length. */
export const DEFAULT_PAUSE_MINUTES = 15;

/** What kind of visitor a ticket is for: walk-in (the default), priority, or an appointment holder. */
export type TicketKind = 'normal' | 'priority' | 'appointment';

export type TicketStatus = 'waiting' | 'called' | 'served' | 'no-show' | 'expired';

/**
 * Why an expired ticket ended before it was served: the office head cancelled it ("Stornieren"), or
 * closed the day early ("Tag schließen"). A ticket left open overnight has none.
 */
export type EndCause = 'cancelled' | 'day-closed';

/** Why a drawn number's paper did not come out: the printer conditions that stop printing. */
export type PrintFault = 'paper-out' | 'cover-open' | 'offline' | 'error';

/** A number that exists but whose ticket was not printed, and where to print it again. */
export interface PrintTrouble {
  readonly fault: PrintFault;
  /** The printer it was meant for: a kiosk's device id, or 'hub' for the hub's own printer. */
  readonly source: string;
  /** The visitor's language at the kiosk, so a reprint reads like the screen did. */
  readonly language?: string | undefined;
}

/** "Rückgängig" is offered this long after "Erledigt" or "Nicht erschienen". */
export const UNDO_WINDOW_MS = 2 * 60_000;

export interface Ticket {
  readonly id: string;
  /** Service day (YYYY-MM-DD, office time zone) the number belongs to. */
  readonly day: string;
  readonly letter: string;
  readonly number: number;
  readonly errandId: string;
  /** Left out for a normal walk-in ticket. */
  readonly kind?: TicketKind | undefined;
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
  /** Set on an expired ticket the office ended on purpose; left out otherwise. */
  readonly endCause?: EndCause | undefined;
  /** Set while its paper ticket is owed: printing failed and no reprint has come out yet. */
  readonly unprinted?: PrintTrouble | undefined;
}

export interface PlaceState {
  readonly id: string;
  readonly errandIds: readonly string[];
  /** A clerk is signed in at this place (their counter is open); only staffed places count as serving. */
  readonly staffed: boolean;
  readonly paused: boolean;
  /** While paused: when the clerk expects to be back (ms since the epoch); null: "bis auf Weiteres". */
  readonly backAt: number | null;
  /** The one ticket this place is serving, if any. */
  readonly ticketId: string | null;
}

/** A place nobody has signed in at or configured yet. */
export const emptyPlace = (id: string, errandIds: readonly string[] = []): PlaceState => ({
  id,
  errandIds,
  staffed: false,
  paused: false,
  backAt: null,
  ticketId: null,
});

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
  /** Keyed by ticket id; persistent, so a new state shares the tickets it did not change. */
  readonly tickets: TicketMap;
  readonly places: Readonly<Record<string, PlaceState>>;
  /** The latest calls, newest last, at most {@link CALL_HISTORY} of them. */
  readonly calls: readonly CallRecord[];
  /** Errands for which the office stopped handing out numbers today ("Ausgabe stoppen"). */
  readonly stoppedErrands: readonly string[];
}

export const CALL_HISTORY = 20;

export const isOpen = (ticket: Ticket): boolean => ticket.status === 'waiting' || ticket.status === 'called';

/** Open tickets whose paper did not come out, oldest first: what staff may print again. */
export const owedTickets = (state: Pick<OfficeState, 'tickets'>): Ticket[] =>
  [...state.tickets.values()].filter((t) => t.unprinted && isOpen(t)).sort((a, b) => a.drawnAt - b.drawnAt);

/** The state of an office that has not handed out any number yet: every place serves every errand. */
export function initialState(setup: OfficeSetup, day: string): OfficeState {
  const places: Record<string, PlaceState> = {};
  for (const place of setup.places) {
    places[place.id] = defaultPlaceState(setup, place.id);
  }
  return { day, lastNumbers: {}, tickets: ticketMap(), places, calls: [], stoppedErrands: [] };
}

export function defaultPlaceState(setup: OfficeSetup, placeId: string): PlaceState {
  const place = setup.places.find((p) => p.id === placeId);
  const errandIds = place?.errandIds ?? setup.errands.map((e) => e.id);
  return emptyPlace(placeId, [...errandIds]);
}
