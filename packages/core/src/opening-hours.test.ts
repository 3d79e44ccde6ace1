import { describe, expect, it } from 'vitest';
import { closingAt, issuingNow, nextOpening, officeWallClock } from './opening-hours.ts';
import type { OfficeSetup } from './model.ts';
import { office, testSetup } from './test-support.ts';

// Thursday 2026-11-26, Berlin is UTC+1 in winter.
const at = (hhmm: string, day = 26, month = 10): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return Date.UTC(2026, month, day, (h ?? 0) - (month >= 3 && month <= 9 ? 2 : 1), m ?? 0);
};

const hours: OfficeSetup['hours'] = { thu: { from: '08:00', until: '12:00' }, fri: null };

describe('opening hours', () => {
  it('hand out numbers from "from" until just before "until", office time', () => {
    const setup = { timeZone: 'Europe/Berlin', hours };
    expect(issuingNow(setup, at('07:59')).open).toBe(false);
    expect(issuingNow(setup, at('08:00')).open).toBe(true);
    expect(issuingNow(setup, at('11:59')).open).toBe(true);
    expect(issuingNow(setup, at('12:00')).open).toBe(false);
    expect(issuingNow(setup, at('09:00')).today).toEqual({ from: '08:00', until: '12:00' });
  });

  it('are closed on a weekday set to null or left out, and open any time without hours', () => {
    expect(issuingNow({ timeZone: 'Europe/Berlin', hours }, at('09:00', 27)).open).toBe(false);
    expect(issuingNow({ timeZone: 'Europe/Berlin', hours }, at('09:00', 28)).today).toBeNull();
    expect(issuingNow({ timeZone: 'Europe/Berlin', hours: null }, at('03:00')).open).toBe(true);
  });

  it('read the wall clock across the summer-time change', () => {
    // Sunday 2026-03-29: 02:00 CET jumps to 03:00 CEST. 01:30 UTC is 03:30 local.
    expect(officeWallClock(Date.UTC(2026, 2, 29, 1, 30), 'Europe/Berlin')).toEqual({
      weekday: 'sun',
      time: '03:30',
    });
    expect(officeWallClock(Date.UTC(2026, 2, 28, 23, 30), 'Europe/Berlin')).toEqual({
      weekday: 'sun',
      time: '00:30',
    });
  });

  it('make the kiosk refuse a draw outside them', () => {
    const o = office({ ...testSetup, hours }, at('12:30'));
    expect(o.refuse({ type: 'draw', errandId: 'ausweis' })).toBe('office-closed');
    o.at(at('09:30'));
    expect(o.draw('ausweis').number).toBe(1);
  });

  it('let an inactive errand take no new numbers', () => {
    const o = office({
      ...testSetup,
      errands: testSetup.errands.map((e) => ({ ...e, active: e.id !== 'gewerbe' })),
    });
    expect(o.refuse({ type: 'draw', errandId: 'gewerbe' })).toBe('errand-inactive');
  });
});

describe('holidays, closures and special hours', () => {
  const setup: OfficeSetup = {
    ...testSetup,
    hours: { thu: { from: '08:00', until: '12:00' }, fri: { from: '08:00', until: '12:00' } },
    exceptions: [
      { date: '2026-12-24', hours: null, name: 'Heiligabend' },
      { date: '2026-12-25', hours: null, name: '1. Weihnachtstag' },
      { date: '2026-12-17', hours: { from: '08:00', until: '18:00' }, name: 'Langer Donnerstag' },
    ],
  };

  it('close on a holiday, open longer on a day with special hours, and say which it is', () => {
    const holiday = issuingNow(setup, at('09:00', 24, 11));
    expect(holiday).toMatchObject({ open: false, today: null, exception: 'Heiligabend' });
    const long = issuingNow(setup, at('15:00', 17, 11));
    expect(long).toMatchObject({ open: true, exception: 'Langer Donnerstag' });
    expect(closingAt(setup, at('15:00', 17, 11))).toBe(at('18:00', 17, 11));
    expect(issuingNow(setup, at('09:00', 10, 11))).toMatchObject({ open: true, exception: null });
  });

  it('skip holidays for the next opening, across a week', () => {
    // Wednesday 23 Dec: Thursday and Friday are holidays, the next opening is Thursday 31 Dec.
    expect(nextOpening(setup, at('15:00', 23, 11))).toEqual({
      weekday: 'thu',
      from: '08:00',
      daysAhead: 8,
      date: '2026-12-31',
    });
  });
});
