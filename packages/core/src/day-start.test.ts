import { describe, expect, it } from 'vitest';
import { dayToStart, decide } from './decide.ts';
import { evolveAll } from './evolve.ts';
import { initialState } from './model.ts';
import type { OfficeState } from './model.ts';
import { office, testSetup, THURSDAY_9AM } from './test-support.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('days move forward only', () => {
  it('keeps the later day when the clock goes back, and numbers run on', () => {
    const o = office();
    o.draw('ausweis');
    o.at(THURSDAY_9AM + DAY);
    const friday = o.draw('ausweis');
    expect(friday).toMatchObject({ day: '2026-11-27', number: 1 });
    // The clock is corrected back to Thursday: no new day, no expiry, the next number.
    o.at(THURSDAY_9AM + 60_000);
    expect(dayToStart(o.state, THURSDAY_9AM + 60_000, testSetup.timeZone)).toBeNull();
    expect(o.run({ type: 'roll-over' })).toEqual([]);
    expect(o.draw('ausweis')).toMatchObject({ day: '2026-11-27', number: 2 });
    expect(o.state.tickets.get(friday.id)?.status).toBe('waiting');
  });

  it('starts a day only when the calendar has moved past the state’s day', () => {
    const state = initialState(testSetup, '2026-11-26');
    expect(dayToStart(state, THURSDAY_9AM, testSetup.timeZone)).toBeNull();
    expect(dayToStart(state, THURSDAY_9AM + DAY, testSetup.timeZone)).toBe('2026-11-27');
    expect(dayToStart(initialState(testSetup, ''), THURSDAY_9AM, testSetup.timeZone)).toBe('2026-11-26');
  });
});

describe('a day that starts again', () => {
  it('continues from the numbers the store already holds for that day', () => {
    // An older hub went back to Thursday although Friday already had A 1–A 3 in the store.
    const state: OfficeState = initialState(testSetup, '2026-11-26');
    const storedNumbers = { day: '2026-11-27', lastNumbers: { A: 3, M: 1 } };
    const ctx = { setup: testSetup, now: THURSDAY_9AM + DAY, newId: () => 'friday-4', storedNumbers };
    const result = decide(state, { type: 'draw', errandId: 'ausweis' }, ctx);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value[0]).toEqual({
      type: 'DayStarted',
      at: THURSDAY_9AM + DAY,
      day: '2026-11-27',
      lastNumbers: { A: 3, M: 1 },
    });
    const after = evolveAll(state, result.value);
    expect(after.tickets.get('friday-4')).toMatchObject({ letter: 'A', number: 4 });
    expect(after.lastNumbers).toEqual({ A: 4, M: 1 });
  });

  it('ignores numbers stored for another day and leaves them out of a first start', () => {
    const state = initialState(testSetup, '2026-11-26');
    const ctx = {
      setup: testSetup,
      now: THURSDAY_9AM + DAY,
      newId: () => 'x',
      storedNumbers: { day: '2026-11-26', lastNumbers: { A: 9 } },
    };
    const result = decide(state, { type: 'roll-over' }, ctx);
    expect(result).toEqual({
      ok: true,
      value: [{ type: 'DayStarted', at: THURSDAY_9AM + DAY, day: '2026-11-27' }],
    });
  });
});
