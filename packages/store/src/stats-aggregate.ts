import { addDuration } from './stats-histogram.ts';
import type { TicketRow } from './rows.ts';

/** One errand's figures on one day. Tickets are counted under the errand they ended with. */
export interface ErrandDay {
  tickets: number;
  served: number;
  noShow: number;
  /** Still open when the day closed (for today: expired so far). */
  expired: number;
  /** Drawn → first called, every ticket that was called at all. */
  waits: number[];
  /** First called → finished, served tickets only. */
  service: number[];
}

/** One place's figures on one day, counted at the place that finished the ticket. */
export interface PlaceDay {
  served: number;
  noShow: number;
  service: number[];
}

/** Everything the statistics keep of one service day: no ticket ids, numbers or single times. */
export interface DayAggregate {
  readonly day: string;
  readonly errands: Map<string, ErrandDay>;
  readonly places: Map<string, PlaceDay>;
  /** Tickets drawn per hour of the day (office time zone), 24 entries. */
  readonly hours: number[];
}

/** An aggregate with nothing counted yet. */
export const emptyDay = (day: string): DayAggregate => ({
  day,
  errands: new Map(),
  places: new Map(),
  hours: Array.from({ length: 24 }, () => 0),
});

const hourFormatters = new Map<string, Intl.DateTimeFormat>();

/** The hour (0–23) of an instant in a time zone. */
export function hourOf(epochMs: number, timeZone: string): number {
  let formatter = hourFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', hourCycle: 'h23' });
    hourFormatters.set(timeZone, formatter);
  }
  const hour = formatter.formatToParts(epochMs).find((p) => p.type === 'hour')?.value;
  return Number(hour) % 24;
}

/** Aggregates the tickets of one day; the same code serves closed days (stored) and today (live). */
export function aggregateDay(day: string, tickets: Iterable<TicketRow>, timeZone: string): DayAggregate {
  const aggregate = emptyDay(day);
  for (const t of tickets) {
    const errand = errandOf(aggregate, t.errand_id);
    errand.tickets++;
    const hour = hourOf(t.drawn_at, timeZone);
    aggregate.hours[hour] = (aggregate.hours[hour] ?? 0) + 1;
    if (t.first_called_at !== null) addDuration(errand.waits, t.first_called_at - t.drawn_at);
    if (t.status === 'expired') errand.expired++;
    if (t.status !== 'served' && t.status !== 'no-show') continue;
    const place = t.place_id === null ? undefined : placeOf(aggregate, t.place_id);
    if (t.status === 'no-show') {
      errand.noShow++;
      if (place) place.noShow++;
      continue;
    }
    errand.served++;
    if (place) place.served++;
    if (t.first_called_at !== null && t.finished_at !== null) {
      const service = t.finished_at - t.first_called_at;
      addDuration(errand.service, service);
      if (place) addDuration(place.service, service);
    }
  }
  return aggregate;
}

/** The errand's entry of a day, made on first use. */
export function errandOf(aggregate: DayAggregate, errandId: string): ErrandDay {
  let errand = aggregate.errands.get(errandId);
  if (!errand) {
    errand = { tickets: 0, served: 0, noShow: 0, expired: 0, waits: [], service: [] };
    aggregate.errands.set(errandId, errand);
  }
  return errand;
}

/** The place's entry of a day, made on first use. */
export function placeOf(aggregate: DayAggregate, placeId: string): PlaceDay {
  let place = aggregate.places.get(placeId);
  if (!place) {
    place = { served: 0, noShow: 0, service: [] };
    aggregate.places.set(placeId, place);
  }
  return place;
}
