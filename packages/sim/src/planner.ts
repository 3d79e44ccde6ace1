import { officeWallClock } from '@aufruf/core';
import type { DomainEvent, OfficeSetup, Ticket } from '@aufruf/core';
import type { Arrival } from './arrivals.ts';
import { THURSDAY } from './scenario.ts';
import type { Scenario } from './scenario.ts';
import { simulateThursday } from './simulate.ts';

// The staffing planner: a stored day's own visitors (when they came, for what) and service times,
// replayed by the simulator with the staffing the office head plans, beside what really happened.

const MINUTE = 60_000;

/** One place's day: when its clerk signed in and out, and one break (minutes after the day's start). */
export interface PlacePlan {
  readonly placeId: string;
  readonly errandIds: readonly string[];
  readonly fromMinute: number;
  /** Null: until the last visitor is served. */
  readonly untilMinute: number | null;
  readonly pause: { readonly atMinute: number; readonly minutes: number } | null;
}

/** What the planner knows of a stored day. */
export interface DayData {
  readonly day: string;
  /** The first number of the day, to the minute (ms since the epoch): minute 0 of the plan. */
  readonly startsAt: number;
  readonly arrivals: readonly Arrival[];
  /** Mean minutes from first call to done, per errand, of that day's served visitors. */
  readonly serviceMinutes: Readonly<Record<string, number>>;
  readonly serviceCv: number;
  readonly noShowRate: number;
  /** The staffing that day, as the places' sign-ins, sign-outs and first breaks say. */
  readonly staffing: readonly PlacePlan[];
  /** What happened: the wait of each visitor by minute of drawing (null: never called). */
  readonly waits: readonly { readonly minute: number; readonly waitMinutes: number | null }[];
  /** When the last visitor was done (ms since the epoch), or null. */
  readonly lastDoneAt: number | null;
}

/** A stored day's tickets and events (those of its places) as the planner's input. */
export function dayData(
  setup: OfficeSetup,
  day: string,
  tickets: readonly Ticket[],
  events: readonly DomainEvent[],
): DayData {
  const drawn = tickets.filter((t) => t.day === day).sort((a, b) => a.drawnAt - b.drawnAt);
  const first = drawn[0];
  const startsAt = first ? first.drawnAt - (first.drawnAt % MINUTE) : 0;
  const minuteOf = (at: number): number => (at - startsAt) / MINUTE;

  const samples = new Map<string, number[]>();
  let noShows = 0;
  let finished = 0;
  for (const t of drawn) {
    if (t.status === 'no-show') noShows++;
    if (t.status !== 'served' || t.firstCalledAt === null || t.finishedAt === null) continue;
    finished++;
    const list = samples.get(t.errandId) ?? [];
    list.push((t.finishedAt - t.firstCalledAt) / MINUTE);
    samples.set(t.errandId, list);
  }
  const serviceMinutes: Record<string, number> = {};
  const all: number[] = [];
  for (const [errandId, list] of samples) {
    serviceMinutes[errandId] = list.reduce((a, b) => a + b, 0) / list.length;
    all.push(...list);
  }
  const mean = all.reduce((a, b) => a + b, 0) / Math.max(1, all.length);
  const sd = Math.sqrt(all.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, all.length - 1));

  const finishedAt = drawn.flatMap((t) => (t.finishedAt === null ? [] : [t.finishedAt]));
  return {
    day,
    startsAt,
    arrivals: drawn.map((t) => ({ minute: minuteOf(t.drawnAt), errandId: t.errandId })),
    serviceMinutes,
    serviceCv: mean > 0 ? Math.min(2, sd / mean) : 0.5,
    noShowRate: noShows / Math.max(1, noShows + finished),
    staffing: staffingOf(setup, events, minuteOf),
    waits: drawn.map((t) => ({
      minute: minuteOf(t.drawnAt),
      waitMinutes: t.firstCalledAt === null ? null : (t.firstCalledAt - t.drawnAt) / MINUTE,
    })),
    lastDoneAt: finishedAt.length === 0 ? null : Math.max(...finishedAt),
  };
}

/** Each place's first sign-in (or first call), last sign-out and first break, from the day's events. */
function staffingOf(
  setup: OfficeSetup,
  events: readonly DomainEvent[],
  minuteOf: (at: number) => number,
): PlacePlan[] {
  return setup.places.flatMap((place) => {
    let from: number | null = null;
    let until: number | null = null;
    let pause: PlacePlan['pause'] = null;
    let pausedAt: number | null = null;
    let errandIds: readonly string[] = place.errandIds ?? setup.errands.map((e) => e.id);
    for (const event of events) {
      if (!('placeId' in event) || event.placeId !== place.id) continue;
      const minute = Math.max(0, minuteOf(event.at));
      // What the clerk served: the errands chosen at the counter (the last choice of the day counts).
      if (event.type === 'PlaceConfigured') errandIds = event.errandIds;
      else if (event.type === 'PlaceStaffed' || event.type === 'TicketCalled') {
        from ??= minute;
        until = null;
      } else if (event.type === 'PlaceUnstaffed') until = minute;
      else if (event.type === 'PlacePaused' && pause === null) pausedAt = minute;
      else if (event.type === 'PlaceResumed' && pausedAt !== null && pause === null) {
        pause = { atMinute: pausedAt, minutes: minute - pausedAt };
      }
    }
    if (from === null) return [];
    return [{ placeId: place.id, errandIds, fromMinute: from, untilMinute: until, pause }];
  });
}

/** The planner's answer: mean waits hour by hour, simulated beside real, and when the last visitor is done. */
export interface PlanResult {
  readonly hours: readonly {
    /** Office time, "09:00". */
    readonly hour: string;
    readonly visitors: number;
    readonly actualMeanWait: number | null;
    readonly plannedMeanWait: number | null;
  }[];
  readonly actualLastDoneAt: number | null;
  /** The median over the simulated days. */
  readonly plannedLastDoneAt: number | null;
}

/**
 * Replays the day's visitors with this staffing, `runs` times with different service-time draws,
 * and averages: the waits each hour's visitors would have had, and when the last would be done.
 */
export function planDay(
  setup: OfficeSetup,
  data: DayData,
  staffing: readonly PlacePlan[],
  runs = 10,
): PlanResult {
  const scenario: Scenario = {
    ...THURSDAY,
    setup: { ...setup, hours: null, exceptions: [] },
    opensAt: data.startsAt,
    drawMinutes: 24 * 60,
    lastCallMinutes: 24 * 60,
    errandMix: {},
    serviceMinutes: data.serviceMinutes,
    serviceCv: data.serviceCv,
    dayToDaySpread: 0,
    noShowRate: data.noShowRate,
    places: staffing.map((p) => ({
      id: p.placeId,
      errandIds: p.errandIds,
      pace: 1,
      joinsAtMinute: p.fromMinute,
      ...(p.untilMinute === null ? {} : { leavesAtMinute: p.untilMinute }),
      ...(p.pause ? { pause: p.pause } : {}),
    })),
  };
  const hourOf = (minute: number): string =>
    `${officeWallClock(data.startsAt + minute * MINUTE, setup.timeZone).time.slice(0, 2)}:00`;
  const planned = new Map<string, number[]>();
  const lastDone: number[] = [];
  for (let run = 0; run < runs; run++) {
    const day = simulateThursday({ seed: 1 + run, scenario, arrivals: data.arrivals });
    for (const record of day.records) {
      if (record.waitMinutes === null) continue;
      const hour = hourOf((record.drawnAt - data.startsAt) / MINUTE);
      const list = planned.get(hour) ?? [];
      list.push(record.waitMinutes);
      planned.set(hour, list);
    }
    if (day.lastVisitor.actualAt !== null) lastDone.push(day.lastVisitor.actualAt);
  }
  const actual = new Map<string, number[]>();
  const visitors = new Map<string, number>();
  for (const wait of data.waits) {
    const hour = hourOf(wait.minute);
    visitors.set(hour, (visitors.get(hour) ?? 0) + 1);
    if (wait.waitMinutes === null) continue;
    const list = actual.get(hour) ?? [];
    list.push(wait.waitMinutes);
    actual.set(hour, list);
  }
  const meanOf = (list: readonly number[] | undefined): number | null =>
    list && list.length > 0 ? list.reduce((a, b) => a + b, 0) / list.length : null;
  lastDone.sort((a, b) => a - b);
  return {
    hours: [...visitors.keys()].sort().map((hour) => ({
      hour,
      visitors: visitors.get(hour) ?? 0,
      actualMeanWait: meanOf(actual.get(hour)),
      plannedMeanWait: meanOf(planned.get(hour)),
    })),
    actualLastDoneAt: data.lastDoneAt,
    plannedLastDoneAt: lastDone.length === 0 ? null : (lastDone[lastDone.length >> 1] ?? null),
  };
}

/**
 * The average of several stored days (the same weekday of past weeks) as one day to plan with: every
 * day's visitors on one clock (by time of day), every n-th of them for n days, service times and
 * no-show rates averaged, the most recent day's staffing, and all their real waits; the last visitor
 * at the median time of day. Days without visitors are left out; null when none has any.
 */
export function averageDay(days: readonly DayData[], timeZone: string): DayData | null {
  const withVisitors = days.filter((d) => d.arrivals.length > 0);
  const latest = withVisitors[0];
  if (!latest) return null;
  const n = withVisitors.length;
  // Each day's minutes moved onto the latest day's clock: same time of day (office time), same minute.
  const minuteOfDay = (at: number): number => {
    const { time } = officeWallClock(at, timeZone);
    return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  };
  const offsetOf = (d: DayData): number => minuteOfDay(d.startsAt) - minuteOfDay(latest.startsAt);
  const arrivals = withVisitors
    .flatMap((d) => d.arrivals.map((a) => ({ ...a, minute: a.minute + offsetOf(d) })))
    .filter((a) => a.minute >= 0)
    .sort((a, b) => a.minute - b.minute)
    .filter((_, i) => i % n === 0);
  const serviceMinutes: Record<string, number> = {};
  const errandIds = new Set(withVisitors.flatMap((d) => Object.keys(d.serviceMinutes)));
  for (const errandId of errandIds) {
    const values = withVisitors.flatMap((d) => {
      const value = d.serviceMinutes[errandId];
      return value === undefined ? [] : [value];
    });
    serviceMinutes[errandId] = values.reduce((a, b) => a + b, 0) / values.length;
  }
  const mean = (pick: (d: DayData) => number): number =>
    withVisitors.reduce((sum, d) => sum + pick(d), 0) / n;
  const lastDone = withVisitors
    .flatMap((d) => (d.lastDoneAt === null ? [] : [(d.lastDoneAt - d.startsAt) / MINUTE + offsetOf(d)]))
    .sort((a, b) => a - b);
  const middle = lastDone[lastDone.length >> 1];
  return {
    day: latest.day,
    startsAt: latest.startsAt,
    arrivals,
    serviceMinutes,
    serviceCv: mean((d) => d.serviceCv),
    noShowRate: mean((d) => d.noShowRate),
    staffing: latest.staffing,
    waits: withVisitors.flatMap((d) =>
      d.waits.map((w) => ({ ...w, minute: Math.max(0, w.minute + offsetOf(d)) })),
    ),
    lastDoneAt: middle === undefined ? null : latest.startsAt + Math.round(middle * MINUTE),
  };
}
