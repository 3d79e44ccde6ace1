import { evolveAll, initialState } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { averageDay, dayData, planDay } from './planner.ts';
import { OPEN_THURSDAY } from './scenario.ts';
import { simulateThursday } from './simulate.ts';

// "What happened" is a simulated open Thursday (a place leaving at 14:00, two breaks); the planner
// sees only what the hub stores of it (tickets and events) and replays it with that day's staffing.
const happened = simulateThursday({ seed: 1003, scenario: OPEN_THURSDAY });
const lastEvening = happened.events.findLastIndex((e) => e.type === 'DayStarted');
const stored = evolveAll(initialState(OPEN_THURSDAY.setup, ''), happened.events.slice(0, lastEvening));
const tickets = [...stored.tickets.values()];
const data = dayData(OPEN_THURSDAY.setup, stored.day, tickets, happened.events.slice(0, lastEvening));

describe('the staffing planner', () => {
  it('reads a stored day: its visitors, service times and real staffing', () => {
    expect(data.arrivals).toHaveLength(happened.records.length);
    expect(data.staffing.map((p) => p.placeId)).toEqual(['platz-1', 'platz-2', 'platz-3', 'platz-4']);
    const leaving = data.staffing.find((p) => p.placeId === 'platz-3');
    expect(leaving?.untilMinute).toBeGreaterThanOrEqual(360);
    expect(data.staffing.find((p) => p.placeId === 'platz-1')?.pause?.minutes).toBeCloseTo(30, 0);
    expect(data.serviceMinutes['ausweis']).toBeGreaterThan(5);
  });

  it('replays stored days with their real staffing within the benchmark’s error of what happened', () => {
    // Five open Thursdays (the bench's seeds): mean hourly error of the mean wait, and the median error
    // of when the last visitor is done, against the bench's goals (9.5 minutes MAE, 15 minutes).
    const maes: number[] = [];
    const lastErrors: number[] = [];
    for (const seed of [1001, 1002, 1003, 1004, 1005]) {
      const day = simulateThursday({ seed, scenario: OPEN_THURSDAY });
      const end = day.events.findLastIndex((e) => e.type === 'DayStarted');
      const state = evolveAll(initialState(OPEN_THURSDAY.setup, ''), day.events.slice(0, end));
      const input = dayData(
        OPEN_THURSDAY.setup,
        state.day,
        [...state.tickets.values()],
        day.events.slice(0, end),
      );
      const plan = planDay(OPEN_THURSDAY.setup, input, input.staffing);
      const compared = plan.hours.filter((h) => h.actualMeanWait !== null && h.plannedMeanWait !== null);
      expect(compared.length).toBeGreaterThanOrEqual(7);
      maes.push(
        compared.reduce((sum, h) => sum + Math.abs((h.plannedMeanWait ?? 0) - (h.actualMeanWait ?? 0)), 0) /
          compared.length,
      );
      lastErrors.push(Math.abs((plan.plannedLastDoneAt ?? 0) - (plan.actualLastDoneAt ?? 0)) / 60_000);
    }
    expect(maes.reduce((a, b) => a + b, 0) / maes.length).toBeLessThan(9.5);
    expect([...lastErrors].sort((a, b) => a - b)[2]).toBeLessThan(15);
  }, 30_000);

  it('answers "what if": keeping Platz 3 all day shortens the afternoon waits', () => {
    const real = planDay(OPEN_THURSDAY.setup, data, data.staffing, 5);
    const kept = planDay(
      OPEN_THURSDAY.setup,
      data,
      data.staffing.map((p) => (p.placeId === 'platz-3' ? { ...p, untilMinute: null } : p)),
      5,
    );
    const afternoon = (r: typeof real) =>
      r.hours.filter((h) => h.hour >= '14:00').reduce((sum, h) => sum + (h.plannedMeanWait ?? 0), 0);
    expect(afternoon(kept)).toBeLessThan(afternoon(real));
    expect(kept.plannedLastDoneAt ?? 0).toBeLessThan(real.plannedLastDoneAt ?? 0);
  });

  it('averages past weeks into one day: their visitors on one clock, every n-th of them, all their waits', () => {
    const other = simulateThursday({ seed: 1004, scenario: OPEN_THURSDAY });
    const end = other.events.findLastIndex((e) => e.type === 'DayStarted');
    const state = evolveAll(initialState(OPEN_THURSDAY.setup, ''), other.events.slice(0, end));
    const before = dayData(
      OPEN_THURSDAY.setup,
      state.day,
      [...state.tickets.values()],
      other.events.slice(0, end),
    );
    const average = averageDay([data, before], OPEN_THURSDAY.setup.timeZone);
    if (!average) throw new Error('no average');
    const expected = Math.ceil((data.arrivals.length + before.arrivals.length) / 2);
    expect(average.arrivals.length).toBeGreaterThanOrEqual(expected - 2);
    expect(average.arrivals.length).toBeLessThanOrEqual(expected);
    expect(average.waits).toHaveLength(data.waits.length + before.waits.length);
    expect(average.staffing).toEqual(data.staffing);
    const plan = planDay(OPEN_THURSDAY.setup, average, average.staffing, 3);
    expect(plan.hours.length).toBeGreaterThanOrEqual(8);
    expect(averageDay([], 'Europe/Berlin')).toBeNull();
  });
});
