import { initialState } from '@aufruf/core';
import type { Command, OfficeState } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { changedRows } from './changed-rows.ts';
import type { Store } from './store.ts';
import { DAY, MONDAY_8AM, SETUP, applyCommand, useTempDir } from './test-support.ts';

const TZ = SETUP.timeZone;
const MIN = 60_000;
const TUESDAY_8AM = MONDAY_8AM + DAY;

/** Commands at minutes after `start`, continuing from `state`. */
function run(
  store: Store,
  state: OfficeState,
  start: number,
  steps: [minute: number, Command][],
): OfficeState {
  return steps.reduce((s, [minute, command]) => applyCommand(store, s, command, start + minute * MIN), state);
}

/**
 * Monday: A1 waits 3:00 and is served in 2:00, A2 waits 4:20 and does not come, M1 waits 5:10 and
 * is still at counter 1 when the day ends.
 */
const monday: [number, Command][] = [
  [0, { type: 'draw', errandId: 'passport' }],
  [1 / 6, { type: 'draw', errandId: 'passport' }],
  [2 / 6, { type: 'draw', errandId: 'registration' }],
  [3, { type: 'call-next', placeId: 'counter-1' }],
  [4.5, { type: 'call-next', placeId: 'counter-2' }],
  [5, { type: 'complete', placeId: 'counter-1' }],
  [5.5, { type: 'call-next', placeId: 'counter-1' }],
  [6, { type: 'no-show', placeId: 'counter-2' }],
];

describe('daily statistics', () => {
  const temp = useTempDir();

  it('writes the aggregates of a day once the next day has started, and only then', () => {
    const store = temp.openStore();
    let state = run(store, initialState(SETUP, ''), MONDAY_8AM, monday);
    expect(store.closeDays(TZ)).toEqual([]); // Monday is still today
    state = run(store, state, TUESDAY_8AM, [[0, { type: 'draw', errandId: 'registration' }]]);
    expect(store.closeDays(TZ)).toEqual(['2025-03-10']);
    expect(store.closeDays(TZ)).toEqual([]);
    expect(state.day).toBe('2025-03-11');
  });

  it('counts a closed day by errand, place and hour, with wait and service times from histograms', () => {
    const store = temp.openStore();
    const state = run(store, initialState(SETUP, ''), MONDAY_8AM, monday);
    run(store, state, TUESDAY_8AM, [[0, { type: 'roll-over' }]]);
    const figures = store.stats({ from: '2025-03-10', to: '2025-03-10', timeZone: TZ });
    expect(figures.totals).toEqual({ tickets: 3, served: 1, noShow: 1, expired: 1 });
    expect(figures.byDay).toEqual([{ day: '2025-03-10', tickets: 3, served: 1, noShow: 1, expired: 1 }]);
    expect(figures.byErrand).toEqual([
      {
        errandId: 'passport',
        tickets: 2,
        served: 1,
        noShow: 1,
        expired: 0,
        // Waits of 3 and 4 minutes: one in minute 3, one in minute 4.
        waits: { medianMinutes: 4, p90Minutes: 4.8, maxMinutes: 5 },
        service: { medianMinutes: 2.5, p90Minutes: 2.9, maxMinutes: 3 },
      },
      {
        errandId: 'registration',
        tickets: 1,
        served: 0,
        noShow: 0,
        expired: 1,
        waits: { medianMinutes: 5.5, p90Minutes: 5.9, maxMinutes: 6 },
        service: { medianMinutes: null, p90Minutes: null, maxMinutes: null },
      },
    ]);
    expect(figures.byPlace).toEqual([
      {
        placeId: 'counter-1',
        served: 1,
        noShow: 0,
        service: { medianMinutes: 2.5, p90Minutes: 2.9, maxMinutes: 3 },
      },
      {
        placeId: 'counter-2',
        served: 0,
        noShow: 1,
        service: { medianMinutes: null, p90Minutes: null, maxMinutes: null },
      },
    ]);
    expect(figures.waits).toEqual({ medianMinutes: 4.5, p90Minutes: 5.7, maxMinutes: 6 });
    // 08:00 in Berlin (07:00 UTC).
    expect(figures.byHour).toHaveLength(24);
    expect(figures.byHour.filter((h) => h.tickets > 0)).toEqual([{ hour: 8, tickets: 3 }]);
  });

  it("computes today's open day live the same way and merges it with the closed days", () => {
    const store = temp.openStore();
    let state = run(store, initialState(SETUP, ''), MONDAY_8AM, monday);
    const mondayLive = store.stats({ from: '2025-03-10', to: '2025-03-10', timeZone: TZ });
    // Before the rollover M1 is still called: no expired ticket yet, its wait already counts.
    expect(mondayLive.totals).toEqual({ tickets: 3, served: 1, noShow: 1, expired: 0 });
    expect(mondayLive.waits).toEqual({ medianMinutes: 4.5, p90Minutes: 5.7, maxMinutes: 6 });

    state = run(store, state, TUESDAY_8AM + 90 * MIN, [
      [0, { type: 'draw', errandId: 'passport' }],
      [10, { type: 'call-next', placeId: 'counter-2' }],
    ]);
    const both = store.stats({ from: '2025-03-10', to: '2025-03-11', timeZone: TZ });
    expect(both.byDay).toEqual([
      { day: '2025-03-10', tickets: 3, served: 1, noShow: 1, expired: 1 },
      { day: '2025-03-11', tickets: 1, served: 0, noShow: 0, expired: 0 },
    ]);
    expect(both.byHour.filter((h) => h.tickets > 0)).toEqual([
      { hour: 8, tickets: 3 },
      { hour: 9, tickets: 1 },
    ]);
    expect(both.byErrand.find((e) => e.errandId === 'passport')?.waits.maxMinutes).toBe(11);
    expect(state.day).toBe('2025-03-11');
    // A range without tickets is empty, not an error.
    expect(store.stats({ from: '2024-01-01', to: '2024-01-31', timeZone: TZ }).byDay).toEqual([]);
  });

  it('leaves a day open while one of its tickets is still open after a later day started', () => {
    const store = temp.openStore();
    const state = run(store, initialState(SETUP, ''), MONDAY_8AM, monday.slice(0, 3));
    // A new day that did not expire Monday's tickets (evolve allows it; the hub's rollover never does).
    const dayStarted = { type: 'DayStarted', at: TUESDAY_8AM, day: '2025-03-11' } as const;
    const { tickets, places } = changedRows(state, [dayStarted]);
    store.commit({
      requestId: null,
      command: 'hub:day',
      events: [dayStarted],
      tickets,
      places,
      reply: null,
      at: TUESDAY_8AM,
    });
    expect(store.closeDays(TZ)).toEqual([]);
    // Still reported, from its tickets.
    expect(store.stats({ from: '2025-03-10', to: '2025-03-11', timeZone: TZ }).totals.tickets).toBe(3);
  });
});
