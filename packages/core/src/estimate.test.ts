import { describe, expect, it } from 'vitest';
import { forecast } from './estimate.ts';
import type { WaitEstimate } from './estimate.ts';
import type { ServiceHistory } from './estimate-service-times.ts';
import { office, testSetup, THURSDAY_9AM } from './test-support.ts';

const MINUTE = 60_000;
const none: ServiceHistory = {};

/** An office where only p1 is at work, serving ausweis and melde. */
function onePlace() {
  const o = office();
  o.run({ type: 'configure-place', placeId: 'p1', errandIds: ['ausweis', 'melde'] });
  o.run({ type: 'configure-place', placeId: 'p2', errandIds: [] });
  o.run({ type: 'configure-place', placeId: 'p3', errandIds: [] });
  return o;
}

// The office's clock stands still unless a test moves it: its time is that of the latest event.
const now = (o: ReturnType<typeof office>): number => o.log.at(-1)?.at ?? THURSDAY_9AM;
const newTicket = (
  o: ReturnType<typeof office>,
  errandId: string,
  history = none,
  at = now(o),
): WaitEstimate | null => forecast(o.state, testSetup, history, at).newTicket[errandId]?.estimate ?? null;
const estimatesOf = (outlooks: Readonly<Record<string, { estimate: WaitEstimate | null }>>) =>
  Object.fromEntries(Object.entries(outlooks).map(([id, o]) => [id, o.estimate]));
const newTickets = (o: ReturnType<typeof office>, options = {}) =>
  estimatesOf(forecast(o.state, testSetup, none, now(o), options).newTicket);
const waitingTickets = (o: ReturnType<typeof office>) => {
  const { waiting } = forecast(o.state, testSetup, none, now(o));
  return Object.fromEntries(
    [...o.state.tickets.values()]
      .filter((t) => t.status === 'waiting')
      .map((t) => [t.id, waiting(t.id)?.estimate ?? null]),
  );
};

describe('wait estimate', () => {
  it('promises no wait in an empty office with a free place', () => {
    const o = office();
    o.run({ type: 'roll-over' });
    const estimates = newTickets(o);
    for (const errandId of ['ausweis', 'melde', 'gewerbe']) {
      expect(estimates[errandId]).toEqual({ minMinutes: 0, maxMinutes: 5, expectedMinutes: 0 });
    }
  });

  it('counts the default mean of 8 minutes per visitor ahead at a single place', () => {
    const o = onePlace();
    // Drawn a second apart: tickets of the same millisecond are ordered by number and id, not by errand.
    const drawLater = (errandId: string) => (o.advance(1000), o.draw(errandId));
    const [first, second, third] = [o.draw('ausweis'), drawLater('ausweis'), drawLater('melde')];
    const waits = waitingTickets(o);
    expect(waits[first.id]?.expectedMinutes).toBe(0);
    // 8 minutes, a little less for the 5 % who do not come and free the place after 2 minutes.
    expect(waits[second.id]?.expectedMinutes).toBe(8);
    expect(waits[third.id]?.expectedMinutes).toBe(15);
    expect(newTicket(o, 'ausweis')?.expectedMinutes).toBe(23);
  });

  it('gives a longer wait to someone with more people ahead', () => {
    const o = onePlace();
    const tickets = Array.from({ length: 12 }, () => o.draw('ausweis'));
    const waits = waitingTickets(o);
    const expected = tickets.map((t) => waits[t.id]?.expectedMinutes ?? Number.NaN);
    for (let i = 1; i < expected.length; i++) expect(expected[i]).toBeGreaterThan(expected[i - 1] ?? 0);
    expect(waits[tickets[11]?.id ?? '']?.maxMinutes).toBeGreaterThan(
      waits[tickets[1]?.id ?? '']?.maxMinutes ?? 0,
    );
  });

  it('gives a shorter wait when more places serve the errand', () => {
    const o = onePlace();
    for (let i = 0; i < 10; i++) o.draw('ausweis');
    const alone = newTicket(o, 'ausweis')?.expectedMinutes ?? 0;
    o.run({ type: 'configure-place', placeId: 'p2', errandIds: ['ausweis'] });
    const two = newTicket(o, 'ausweis')?.expectedMinutes ?? 0;
    o.run({ type: 'configure-place', placeId: 'p3', errandIds: ['ausweis', 'gewerbe'] });
    const three = newTicket(o, 'ausweis')?.expectedMinutes ?? 0;
    expect(two).toBeLessThan(alone * 0.6);
    expect(three).toBeLessThan(two);
  });

  it('shares a place between errands in the order of the queue', () => {
    const o = onePlace();
    // p2 serves only melde: it takes the melde tickets, so p1 is left with ausweis alone.
    o.run({ type: 'configure-place', placeId: 'p2', errandIds: ['melde'] });
    for (let i = 0; i < 4; i++) {
      o.draw('melde');
      o.draw('ausweis');
    }
    const estimates = newTickets(o);
    expect(estimates['ausweis']?.expectedMinutes).toBeGreaterThan(25);
    expect(estimates['ausweis']?.expectedMinutes).toBeLessThan(40);
  });

  it('expects a paused place back after a short break, or not at all if told so', () => {
    const o = onePlace();
    o.draw('ausweis');
    o.run({ type: 'pause', placeId: 'p1', paused: true });
    expect(newTicket(o, 'ausweis')?.expectedMinutes).toBe(15 + 8);
    o.run({ type: 'pause', placeId: 'p1', paused: true, minutes: null });
    expect(newTickets(o)['ausweis']).toBeNull();
  });

  it('has no estimate for an errand no place serves', () => {
    const o = onePlace();
    const g = o.draw('gewerbe');
    const fresh = newTickets(o);
    expect(fresh['gewerbe']).toBeNull();
    expect(waitingTickets(o)[g.id]).toBeNull();
    expect(fresh['ausweis']).not.toBeNull();
  });

  it('counts the remaining time of the visitor at the counter, and little for a recalled number', () => {
    const o = onePlace();
    o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    o.advance(3 * MINUTE);
    const history = { ausweis: { meanMinutes: 10, samples: 50 } };
    const serving = newTicket(o, 'ausweis', history, now(o) + 3 * MINUTE);
    expect(serving?.expectedMinutes).toBeGreaterThanOrEqual(6);
    expect(serving?.expectedMinutes).toBeLessThanOrEqual(9);
    o.run({ type: 'recall', placeId: 'p1' });
    expect(newTicket(o, 'ausweis', history)?.expectedMinutes).toBe(0);
  });

  it('waits for the one place a ticket was transferred to', () => {
    const o = onePlace();
    o.run({ type: 'configure-place', placeId: 'p2', errandIds: ['ausweis'] });
    o.draw('ausweis');
    o.draw('ausweis');
    const moved = o.draw('melde');
    o.run({ type: 'call', placeId: 'p2', ticketId: moved.id });
    o.run({ type: 'transfer', placeId: 'p2', toPlaceId: 'p1' });
    // p1 first serves the older ausweis ticket it gets to, p2 takes the other: one visit ahead.
    const waits = waitingTickets(o);
    expect(waits[moved.id]?.expectedMinutes).toBe(8);
  });

  it('uses past days when today has no samples', () => {
    const o = onePlace();
    o.draw('ausweis');
    o.draw('ausweis');
    const slow = newTicket(o, 'ausweis', { ausweis: { meanMinutes: 20, samples: 200 } });
    const quick = newTicket(o, 'ausweis', { ausweis: { meanMinutes: 4, samples: 200 } });
    expect(slow?.expectedMinutes).toBeGreaterThan(35);
    expect(quick?.expectedMinutes).toBeLessThan(10);
  });

  it('shows ranges in whole 5 minutes that widen with the queue and with few samples', () => {
    const o = onePlace();
    const ranges: WaitEstimate[] = [];
    for (let i = 0; i < 20; i++) {
      o.draw('ausweis');
      const estimate = newTicket(o, 'ausweis');
      if (estimate) ranges.push(estimate);
    }
    for (const r of ranges) {
      expect(r.minMinutes % 5).toBe(0);
      expect(r.maxMinutes % 5).toBe(0);
      expect(r.maxMinutes).toBeGreaterThan(r.minMinutes);
      expect(r.minMinutes).toBeLessThanOrEqual(r.expectedMinutes);
      expect(r.maxMinutes).toBeGreaterThanOrEqual(r.expectedMinutes);
    }
    const width = (r: WaitEstimate | undefined | null): number => (r ? r.maxMinutes - r.minMinutes : 0);
    expect(width(ranges.at(-1))).toBeGreaterThan(width(ranges[0]));
    const known = newTicket(o, 'ausweis', { ausweis: { meanMinutes: 8, samples: 500, cv: 0.3 } });
    expect(width(known)).toBeLessThan(width(ranges.at(-1)));
  });
});
