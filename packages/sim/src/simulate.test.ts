import { evolveAll, initialState } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { generateArrivals } from './arrivals.ts';
import { seededRandom } from './random.ts';
import { OPEN_THURSDAY, THURSDAY } from './scenario.ts';
import { simulateThursday } from './simulate.ts';

const first = simulateThursday({ seed: 7 });

describe('simulated Thursday', () => {
  it('replays exactly from its seed', () => {
    const again = simulateThursday({ seed: 7 });
    expect(again.records).toEqual(first.records);
    expect(again.summary).toEqual(first.summary);
    expect(simulateThursday({ seed: 8 }).records).not.toEqual(first.records);
  });

  it('has a crowded morning peaking between nine and ten', () => {
    const perHour = [0, 0, 0, 0];
    for (let seed = 1; seed <= 20; seed++) {
      for (const { minute } of generateArrivals(THURSDAY, seededRandom(seed, 1))) {
        perHour[Math.floor(minute / 60)]! += 1;
      }
    }
    const [eight, nine, ten, eleven] = perHour.map((n) => n / 20);
    expect(nine).toBeGreaterThan(eight ?? 0);
    expect(nine).toBeGreaterThan(ten ?? 0);
    expect(ten).toBeGreaterThan(eleven ?? 0);
    const morning = perHour.reduce((a, b) => a + b, 0) / 20;
    expect(morning).toBeGreaterThan(120);
    expect(morning).toBeLessThan(180);
    expect(first.records.length).toBeGreaterThan(100);
  });

  it('ends every drawn ticket served, as a no-show or expired, under a number of its own', () => {
    const { records, summary } = first;
    for (const r of records) expect(['served', 'no-show', 'expired']).toContain(r.outcome);
    expect(summary.served + summary.noShows + summary.expired).toBe(records.length);
    expect(summary.noShows).toBeGreaterThan(0);
    expect(new Set(records.map((r) => r.number)).size).toBe(records.length);
  });

  it('drives the office only through core events, which replay to the same outcome', () => {
    // Up to the next morning's roll-over, which clears finished tickets from memory.
    const nextMorning = first.events.findLastIndex((e) => e.type === 'DayStarted');
    const replayed = evolveAll(initialState(THURSDAY.setup, ''), first.events.slice(0, nextMorning));
    for (const r of first.records) {
      const status = replayed.tickets.get(r.ticketId)?.status;
      expect(r.outcome === 'expired' ? 'waiting' : r.outcome).toBe(status);
    }
    expect(first.events.filter((e) => e.type === 'TicketDrawn')).toHaveLength(first.records.length);
    expect(first.events.some((e) => e.type === 'PlacePaused')).toBe(true);
  });

  it('records both estimates at draw time and the real wait', () => {
    for (const r of first.records) {
      expect(r.estimate).not.toBeNull();
      expect(r.naiveMinutes).not.toBeNull();
      expect(r.waitMinutes).toBeGreaterThanOrEqual(0);
    }
    expect(first.summary.count).toBe(first.records.length);
    expect(first.summary.estimateMae).toBeLessThan(first.summary.naiveMae);
  });

  it('hands its service times on as the next Thursday’s history', () => {
    for (const errand of THURSDAY.setup.errands) {
      expect(first.history[errand.id]?.samples).toBeGreaterThan(5);
    }
    const next = simulateThursday({ seed: 8, history: first.history });
    expect(next.history['ausweis']?.samples).toBeGreaterThan(first.history['ausweis']?.samples ?? 0);
  });

  it('changes staffing on the open Thursday: clerks sign in, pause for as long as they say, one leaves', () => {
    const day = simulateThursday({ seed: 7, scenario: OPEN_THURSDAY });
    const staffing = day.events.filter((e) => e.type === 'PlaceStaffed' || e.type === 'PlaceUnstaffed');
    expect(staffing.filter((e) => e.type === 'PlaceStaffed')).toHaveLength(4);
    const left = staffing.find((e) => e.type === 'PlaceUnstaffed');
    expect(left?.type === 'PlaceUnstaffed' && left.placeId).toBe('platz-3');
    expect((left?.at ?? 0) - OPEN_THURSDAY.opensAt).toBeGreaterThanOrEqual(360 * 60_000);
    for (const pause of day.events.filter((e) => e.type === 'PlacePaused')) {
      expect(pause.type === 'PlacePaused' && (pause.backAt ?? 0) - pause.at).toBe(30 * 60_000);
    }
    // Numbers end at 16:00 and everyone is served after it: the projection then is compared with that.
    expect(day.summary.expired).toBe(0);
    expect(day.lastVisitor.actualAt).toBeGreaterThan(OPEN_THURSDAY.opensAt + 480 * 60_000);
    expect(day.lastVisitor.projectedAt).not.toBeNull();
  });
});
