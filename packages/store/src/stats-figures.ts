import { durationFigures, mergeInto } from './stats-histogram.ts';
import type { DurationFigures } from './stats-histogram.ts';
import type { DayAggregate, ErrandDay, PlaceDay } from './stats-aggregate.ts';

interface Counts {
  readonly tickets: number;
  readonly served: number;
  readonly noShow: number;
  readonly expired: number;
}

/**
 * The figures of a range of service days, keyed by ids; the hub adds the names from its
 * configuration and gets the protocol's StatsReport.
 */
export interface StatsFigures {
  readonly from: string;
  readonly to: string;
  readonly totals: Counts;
  readonly waits: DurationFigures;
  readonly byErrand: readonly (Counts & {
    readonly errandId: string;
    readonly waits: DurationFigures;
    readonly service: DurationFigures;
  })[];
  readonly byPlace: readonly {
    readonly placeId: string;
    readonly served: number;
    readonly noShow: number;
    readonly service: DurationFigures;
  }[];
  /** All 24 hours, also those without arrivals. */
  readonly byHour: readonly { readonly hour: number; readonly tickets: number }[];
  /** Days with at least one ticket, oldest first. */
  readonly byDay: readonly (Counts & { readonly day: string })[];
}

const byKey = <T>(map: Map<string, T>): [string, T][] =>
  [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Merges day aggregates into the figures of the range: sums of counts, percentiles of summed histograms. */
export function summarize(from: string, to: string, days: readonly DayAggregate[]): StatsFigures {
  // Running sums, mutated in place: a year is a few thousand small merges.
  const errands = new Map<string, ErrandDay>();
  const places = new Map<string, PlaceDay>();
  const hours = Array.from({ length: 24 }, () => 0);
  const allWaits: number[] = [];
  const byDay: (Counts & { day: string })[] = [];

  for (const aggregate of [...days].sort((a, b) => (a.day < b.day ? -1 : 1))) {
    const dayTotal = { day: aggregate.day, tickets: 0, served: 0, noShow: 0, expired: 0 };
    for (const [id, e] of aggregate.errands) {
      const sum = errands.get(id) ?? { tickets: 0, served: 0, noShow: 0, expired: 0, waits: [], service: [] };
      errands.set(id, sum);
      for (const target of [sum, dayTotal]) {
        target.tickets += e.tickets;
        target.served += e.served;
        target.noShow += e.noShow;
        target.expired += e.expired;
      }
      mergeInto(sum.waits, e.waits);
      mergeInto(sum.service, e.service);
      mergeInto(allWaits, e.waits);
    }
    for (const [id, p] of aggregate.places) {
      const sum = places.get(id) ?? { served: 0, noShow: 0, service: [] };
      places.set(id, sum);
      sum.served += p.served;
      sum.noShow += p.noShow;
      mergeInto(sum.service, p.service);
    }
    aggregate.hours.forEach((count, hour) => (hours[hour] = (hours[hour] ?? 0) + count));
    if (dayTotal.tickets > 0) byDay.push(dayTotal);
  }

  const total = (key: keyof Counts): number => byDay.reduce((sum, d) => sum + d[key], 0);
  return {
    from,
    to,
    totals: {
      tickets: total('tickets'),
      served: total('served'),
      noShow: total('noShow'),
      expired: total('expired'),
    },
    waits: durationFigures(allWaits),
    byErrand: byKey(errands).map(([errandId, e]) => ({
      errandId,
      tickets: e.tickets,
      served: e.served,
      noShow: e.noShow,
      expired: e.expired,
      waits: durationFigures(e.waits),
      service: durationFigures(e.service),
    })),
    byPlace: byKey(places).map(([placeId, p]) => ({
      placeId,
      served: p.served,
      noShow: p.noShow,
      service: durationFigures(p.service),
    })),
    byHour: hours.map((tickets, hour) => ({ hour, tickets })),
    byDay,
  };
}
