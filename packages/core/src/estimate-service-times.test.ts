import { describe, expect, it } from 'vitest';
import { residualMinutes, roundRange } from './estimate-math.ts';
import { DEFAULT_CV, DEFAULT_SERVICE_MINUTES, serviceTimes, statsFor } from './estimate-service-times.ts';
import { office } from './test-support.ts';

const MINUTE = 60_000;

/** Serves `count` ausweis visitors at p1, each taking `minutes`. */
function serve(o: ReturnType<typeof office>, count: number, minutes: number): void {
  for (let i = 0; i < count; i++) {
    o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    o.advance(minutes * MINUTE);
    o.run({ type: 'complete', placeId: 'p1' });
  }
}

describe('service times', () => {
  it('falls back to the documented default when nothing is known', () => {
    const times = serviceTimes(office().state, {});
    expect(statsFor(times, 'ausweis')).toEqual({
      meanMinutes: DEFAULT_SERVICE_MINUTES,
      samples: 0,
      cv: DEFAULT_CV,
    });
    expect(statsFor(times, 'ausweis', { defaultServiceMinutes: 12 }).meanMinutes).toBe(12);
    expect(times.noShowRate).toBeCloseTo(0.05);
    expect(times.noShowMinutes).toBe(2);
  });

  it('takes today’s served tickets, first call to finish', () => {
    const o = office();
    serve(o, 3, 5);
    const ausweis = serviceTimes(o.state, {}).errands['ausweis'];
    expect(ausweis?.meanMinutes).toBeCloseTo(5);
    expect(ausweis?.samples).toBe(3);
  });

  it('starts from history and lets today move it, the more so the more is served', () => {
    const o = office();
    const history = { ausweis: { meanMinutes: 10, samples: 300 } };
    expect(serviceTimes(o.state, history).errands['ausweis']?.meanMinutes).toBe(10);
    serve(o, 2, 4);
    const early = serviceTimes(o.state, history).errands['ausweis']?.meanMinutes ?? 0;
    serve(o, 40, 4);
    const later = serviceTimes(o.state, history).errands['ausweis'];
    expect(early).toBeLessThan(10);
    expect(early).toBeGreaterThan(8);
    expect(later?.meanMinutes).toBeLessThan(5);
    expect(later?.samples).toBe(342);
  });

  it('learns today’s no-shows and how long they hold a place', () => {
    const o = office();
    for (let i = 0; i < 10; i++) {
      o.draw('melde');
      o.run({ type: 'call-next', placeId: 'p1' });
      o.advance(3 * MINUTE);
      o.run({ type: 'no-show', placeId: 'p1' });
    }
    const times = serviceTimes(o.state, {});
    expect(times.noShowMinutes).toBeCloseTo(3);
    expect(times.noShowRate).toBeGreaterThan(0.3);
    expect(times.errands['melde']).toBeUndefined();
  });
});

describe('estimate arithmetic', () => {
  it('expects the whole mean before a service starts and never a negative remainder', () => {
    expect(residualMinutes(8, 0.5, 0)).toBe(8);
    expect(residualMinutes(8, 0.5, 4)).toBeLessThan(8);
    expect(residualMinutes(8, 0.5, 4)).toBeGreaterThan(3);
    expect(residualMinutes(8, 0.5, 60)).toBeGreaterThan(0);
  });

  it('rounds ranges outward to whole 5 minutes and never to a zero-width range', () => {
    expect(roundRange(21, 28)).toEqual({ minMinutes: 20, maxMinutes: 30 });
    expect(roundRange(-3, 2)).toEqual({ minMinutes: 0, maxMinutes: 5 });
    expect(roundRange(0, 0)).toEqual({ minMinutes: 0, maxMinutes: 5 });
    expect(roundRange(10, 10)).toEqual({ minMinutes: 10, maxMinutes: 15 });
  });
});
