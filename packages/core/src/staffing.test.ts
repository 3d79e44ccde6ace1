import { describe, expect, it } from 'vitest';
import { forecast } from './estimate.ts';
import { evolve } from './evolve.ts';
import type { OfficeSetup } from './model.ts';
import { closingAt, nextOpening } from './opening-hours.ts';
import { office, testSetup, THURSDAY_9AM } from './test-support.ts';

const MINUTE = 60_000;

// Four places serving one errand; a fixed clock from 09:00 on a Thursday.
const fourPlaces: OfficeSetup = {
  timeZone: 'Europe/Berlin',
  errands: [{ id: 'ausweis', letter: 'A', name: { de: 'Ausweis' } }],
  places: ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, name: id })),
};

function queueOf(setup: OfficeSetup, waiting: number, options: { staffed?: boolean } = {}) {
  const o = office(setup, THURSDAY_9AM, options);
  for (let i = 0; i < waiting; i++) {
    o.draw('ausweis');
    o.advance(1000);
  }
  return o;
}

const expected = (o: ReturnType<typeof office>, setup: OfficeSetup, at: number) =>
  forecast(o.state, setup, {}, at).newTicket['ausweis']?.estimate?.expectedMinutes ?? null;

describe('staffing', () => {
  it('counts only places where a clerk is signed in: 4 → 2 staffed doubles the wait', () => {
    const o = queueOf(fourPlaces, 16);
    const now = THURSDAY_9AM + 20_000;
    const four = expected(o, fourPlaces, now);
    o.run({ type: 'staff', placeId: 'p3', staffed: false });
    o.run({ type: 'staff', placeId: 'p4', staffed: false });
    const two = expected(o, fourPlaces, now);
    // 16 waiting, about 8 min each (a little less for no-shows): 4 places ≈ 31 min, 2 places ≈ 61 min.
    expect(four).toBeGreaterThanOrEqual(28);
    expect(four).toBeLessThanOrEqual(33);
    expect(two).toBeGreaterThanOrEqual(2 * (four ?? 0) - 2);
    expect(two).toBeLessThanOrEqual(2 * (four ?? 0) + 2);
  });

  it('has no estimate before any clerk signs in, and a clerk who calls is signed in', () => {
    const o = queueOf(fourPlaces, 3, { staffed: false });
    expect(expected(o, fourPlaces, THURSDAY_9AM)).toBeNull();
    const events = o.run({ type: 'call-next', placeId: 'p2' });
    expect(events.map((e) => e.type)).toEqual(['PlaceStaffed', 'TicketCalled']);
    expect(o.state.places['p2']?.staffed).toBe(true);
    expect(expected(o, fourPlaces, THURSDAY_9AM)).not.toBeNull();
  });

  it('expects a paused clerk back when they said, and not at all "bis auf Weiteres"', () => {
    const one: OfficeSetup = { ...fourPlaces, places: [{ id: 'p1', name: 'p1' }] };
    const o = queueOf(one, 1);
    const now = THURSDAY_9AM + 1000;
    o.run({ type: 'pause', placeId: 'p1', paused: true, minutes: 30 });
    expect(o.state.places['p1']?.backAt).toBe(now + 30 * MINUTE);
    // Back in 30 minutes, then the one waiting visitor (8 min) first.
    expect(expected(o, one, now)).toBe(30 + 8);
    // Ten minutes into the pause: 20 minutes left.
    expect(expected(o, one, now + 10 * MINUTE)).toBe(20 + 8);
    // An overrun pause ends any minute.
    expect(expected(o, one, now + 45 * MINUTE)).toBe(8);
    o.run({ type: 'pause', placeId: 'p1', paused: true, minutes: null });
    expect(o.state.places['p1']?.backAt).toBeNull();
    expect(expected(o, one, now)).toBeNull();
    o.run({ type: 'pause', placeId: 'p1', paused: false });
    expect(expected(o, one, now)).toBe(8);
  });

  it('signs a place out: its pause ends, it is not counted, and a clerk with a visitor must finish first', () => {
    const o = queueOf(fourPlaces, 2);
    o.run({ type: 'call-next', placeId: 'p1' });
    expect(o.refuse({ type: 'staff', placeId: 'p1', staffed: false })).toBe('place-busy');
    o.run({ type: 'pause', placeId: 'p2', paused: true, minutes: 5 });
    o.run({ type: 'staff', placeId: 'p2', staffed: false });
    expect(o.state.places['p2']).toMatchObject({ staffed: false, paused: false, backAt: null });
    expect(o.run({ type: 'staff', placeId: 'p2', staffed: false })).toEqual([]);
  });

  it('reads pauses stored before they had a length as 15 minutes', () => {
    const o = queueOf(fourPlaces, 0);
    const paused = evolve(o.state, { type: 'PlacePaused', at: THURSDAY_9AM, placeId: 'p1' });
    expect(paused.places['p1']).toMatchObject({ paused: true, backAt: THURSDAY_9AM + 15 * MINUTE });
  });
});

// 16:00 closing on Thursdays in Berlin, the clock at 15:00 (14:00 UTC).
const hours: OfficeSetup['hours'] = {
  thu: { from: '08:00', until: '16:00' },
  fri: { from: '08:00', until: '12:00' },
};
const FIFTEEN = Date.UTC(2026, 10, 26, 14, 0, 0);

describe('closing time and cut-off', () => {
  const setup = (cutOff: 'warn' | 'stop' | 'none'): OfficeSetup => ({
    ...fourPlaces,
    hours,
    closingGraceMinutes: 30,
    errands: [{ id: 'ausweis', letter: 'A', name: { de: 'Ausweis' }, cutOff }],
    places: [{ id: 'p1', name: 'p1' }],
  });

  it('knows today’s closing time and the next opening', () => {
    expect(closingAt({ timeZone: 'Europe/Berlin', hours }, FIFTEEN)).toBe(FIFTEEN + 60 * MINUTE);
    expect(closingAt({ timeZone: 'Europe/Berlin', hours: null }, FIFTEEN)).toBeNull();
    expect(nextOpening({ timeZone: 'Europe/Berlin', hours }, FIFTEEN)).toEqual({
      weekday: 'fri',
      from: '08:00',
      daysAhead: 1,
      date: '2026-11-27',
    });
    // Friday afternoon: next Thursday.
    const fridayAfternoon = FIFTEEN + 24 * 60 * MINUTE;
    expect(nextOpening({ timeZone: 'Europe/Berlin', hours }, fridayAfternoon)).toEqual({
      weekday: 'thu',
      from: '08:00',
      daysAhead: 6,
      date: '2026-12-03',
    });
    expect(nextOpening({ timeZone: 'Europe/Berlin', hours }, FIFTEEN - 8 * 60 * MINUTE)).toEqual({
      weekday: 'thu',
      from: '08:00',
      daysAhead: 0,
      date: '2026-11-26',
    });
  });

  it('marks a wait that runs past closing time plus grace, and projects when the queue is through', () => {
    const s = setup('warn');
    const o = office(s, FIFTEEN);
    // One place, about 7.7 min each (no-shows included): the 13th visitor is called after 92 min, past 16:30.
    for (let i = 0; i < 12; i++) o.draw('ausweis');
    const f = forecast(o.state, s, {}, FIFTEEN);
    expect(f.newTicket['ausweis']?.estimate?.pastClosing).toBe(true);
    const capacity = f.capacity('ausweis');
    expect(capacity.pastClosing).toBe(true);
    expect(capacity.serviceEndsAt).toBe(FIFTEEN + 90 * MINUTE);
    // Twelve visitors: through at about 16:32.
    expect(((capacity.lastDoneAt ?? 0) - FIFTEEN) / MINUTE).toBeGreaterThanOrEqual(90);
    expect(((capacity.lastDoneAt ?? 0) - FIFTEEN) / MINUTE).toBeLessThanOrEqual(95);
    const first = [...o.state.tickets.values()][0];
    expect(first && f.waiting(first.id)?.estimate?.pastClosing).toBeUndefined();
  });

  it('still hands out numbers under "warn", stops under "stop" once the projection passes the grace', () => {
    for (const policy of ['warn', 'stop'] as const) {
      const s = setup(policy);
      const o = office(s, FIFTEEN);
      const pastClosing = (errandId: string) =>
        forecast(o.state, s, {}, FIFTEEN).capacity(errandId).pastClosing;
      let drawn = 0;
      for (let i = 0; i < 15; i++) {
        const result = o.try({ type: 'draw', errandId: 'ausweis' }, { pastClosing });
        if (!result.ok) {
          expect(result.error.code).toBe('capacity-reached');
          break;
        }
        drawn++;
      }
      // 90 minutes left at about 7.7 min per visitor: the 13th would be called after 16:30.
      expect(drawn).toBe(policy === 'warn' ? 15 : 12);
    }
  });

  it('says nothing about closing when the office keeps no hours', () => {
    const o = office(testSetup, FIFTEEN);
    for (let i = 0; i < 30; i++) o.draw('ausweis');
    const f = forecast(o.state, testSetup, {}, FIFTEEN);
    expect(f.capacity('ausweis')).toMatchObject({ serviceEndsAt: null, pastClosing: false });
  });
});
