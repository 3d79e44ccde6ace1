import type { Database } from 'better-sqlite3';
import { emptyDay, errandOf, placeOf } from './stats-aggregate.ts';
import type { DayAggregate } from './stats-aggregate.ts';
import { trimmed } from './stats-histogram.ts';

interface ErrandRow {
  readonly day: string;
  readonly errand_id: string;
  readonly tickets: number;
  readonly served: number;
  readonly no_show: number;
  readonly expired: number;
  readonly wait_minutes: string;
  readonly service_minutes: string;
}

interface PlaceRow {
  readonly day: string;
  readonly place_id: string;
  readonly served: number;
  readonly no_show: number;
  readonly service_minutes: string;
}

interface HourRow {
  readonly day: string;
  readonly hour: number;
  readonly tickets: number;
}

/** The stored daily aggregates: written once per closed day, read for any range of days. */
export interface StatsTables {
  /** Writes the aggregates of a closed day (and its mark in stats_days). */
  write(aggregate: DayAggregate, timeZone: string, writtenAt: number): void;
  /** The stored aggregates of the days from..to (inclusive). */
  read(from: string, to: string): DayAggregate[];
  /** The days that have stored aggregates. */
  writtenDays(): Set<string>;
}

// The CHECK of the table allows only arrays; their numbers were written by this module.
const histogram = (json: string): number[] => JSON.parse(json) as number[];

/** Prepares the statements of the stats tables once. */
export function prepareStatsTables(db: Database): StatsTables {
  const insertDay = db.prepare<[string, number, string]>(
    'INSERT INTO stats_days (day, written_at, time_zone) VALUES (?, ?, ?)',
  );
  const insertErrand = db.prepare<[ErrandRow]>(
    `INSERT INTO stats_errands (day, errand_id, tickets, served, no_show, expired, wait_minutes, service_minutes)
     VALUES (@day, @errand_id, @tickets, @served, @no_show, @expired, @wait_minutes, @service_minutes)`,
  );
  const insertPlace = db.prepare<[PlaceRow]>(
    `INSERT INTO stats_places (day, place_id, served, no_show, service_minutes)
     VALUES (@day, @place_id, @served, @no_show, @service_minutes)`,
  );
  const insertHour = db.prepare<[HourRow]>(
    'INSERT INTO stats_hours (day, hour, tickets) VALUES (@day, @hour, @tickets)',
  );
  const days = db
    .prepare<[string, string], string>('SELECT day FROM stats_days WHERE day BETWEEN ? AND ?')
    .pluck();
  const allDays = db.prepare<[], string>('SELECT day FROM stats_days').pluck();
  const errands = db.prepare<[string, string], ErrandRow>(
    'SELECT * FROM stats_errands WHERE day BETWEEN ? AND ?',
  );
  const places = db.prepare<[string, string], PlaceRow>(
    'SELECT * FROM stats_places WHERE day BETWEEN ? AND ?',
  );
  const hours = db.prepare<[string, string], HourRow>('SELECT * FROM stats_hours WHERE day BETWEEN ? AND ?');

  return {
    write(aggregate, timeZone, writtenAt) {
      const { day } = aggregate;
      insertDay.run(day, writtenAt, timeZone);
      for (const [errandId, e] of aggregate.errands) {
        insertErrand.run({
          day,
          errand_id: errandId,
          tickets: e.tickets,
          served: e.served,
          no_show: e.noShow,
          expired: e.expired,
          wait_minutes: JSON.stringify(trimmed(e.waits)),
          service_minutes: JSON.stringify(trimmed(e.service)),
        });
      }
      for (const [placeId, p] of aggregate.places) {
        insertPlace.run({
          day,
          place_id: placeId,
          served: p.served,
          no_show: p.noShow,
          service_minutes: JSON.stringify(trimmed(p.service)),
        });
      }
      aggregate.hours.forEach((tickets, hour) => {
        if (tickets > 0) insertHour.run({ day, hour, tickets });
      });
    },
    read(from, to) {
      const byDay = new Map<string, DayAggregate>();
      for (const day of days.iterate(from, to)) byDay.set(day, emptyDay(day));
      const of = (day: string): DayAggregate => {
        const aggregate = byDay.get(day) ?? emptyDay(day);
        byDay.set(day, aggregate);
        return aggregate;
      };
      for (const row of errands.iterate(from, to)) {
        const errand = errandOf(of(row.day), row.errand_id);
        errand.tickets = row.tickets;
        errand.served = row.served;
        errand.noShow = row.no_show;
        errand.expired = row.expired;
        errand.waits = histogram(row.wait_minutes);
        errand.service = histogram(row.service_minutes);
      }
      for (const row of places.iterate(from, to)) {
        const place = placeOf(of(row.day), row.place_id);
        place.served = row.served;
        place.noShow = row.no_show;
        place.service = histogram(row.service_minutes);
      }
      for (const row of hours.iterate(from, to)) of(row.day).hours[row.hour] = row.tickets;
      return [...byDay.values()];
    },
    writtenDays: () => new Set(allDays.all()),
  };
}
