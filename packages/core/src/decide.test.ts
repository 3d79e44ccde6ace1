import { describe, expect, it } from 'vitest';
import { decide, MAX_NUMBER } from './decide.ts';
import { forecast } from './estimate.ts';
import { nextTicketFor, recentCalls, waitingTickets } from './queue.ts';
import { serviceDay } from './service-day.ts';
import { office, testSetup, THURSDAY_9AM } from './test-support.ts';
import { formatTicketNumber } from './ticket-number.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('numbering', () => {
  it('gives each errand its letter and a running number from 1', () => {
    const o = office();
    const a1 = o.draw('ausweis');
    const a2 = o.draw('ausweis');
    const m1 = o.draw('melde');
    expect([a1, a2, m1].map((t) => formatTicketNumber(t, { separator: ' ' }))).toEqual(['A 1', 'A 2', 'M 1']);
    expect(formatTicketNumber(a2, { pad: true, separator: ' ' })).toBe('A 002');
    expect(a1.day).toBe('2026-11-26');
  });

  it('restarts every day at midnight in the office time zone, not UTC', () => {
    const o = office();
    o.draw('ausweis');
    o.draw('ausweis');
    // 23:30 UTC on Thursday is already 00:30 on Friday in Berlin.
    o.at(Date.UTC(2026, 10, 26, 23, 30));
    const friday = o.draw('ausweis');
    expect(friday.day).toBe('2026-11-27');
    expect(friday.number).toBe(1);
  });

  it('keeps counting through the day after a break', () => {
    const o = office();
    o.draw('ausweis');
    o.advance(5 * HOUR);
    expect(o.draw('ausweis').number).toBe(2);
  });

  it('refuses a draw for an errand that does not exist and beyond three digits', () => {
    const o = office();
    expect(o.refuse({ type: 'draw', errandId: 'nope' })).toBe('unknown-errand');
    for (let i = 0; i < MAX_NUMBER; i++) o.draw('gewerbe');
    expect(o.refuse({ type: 'draw', errandId: 'gewerbe' })).toBe('number-range-exhausted');
    expect(o.draw('ausweis').number).toBe(1);
  });
});

describe('calling the next ticket', () => {
  it('calls the oldest waiting ticket among the errands the place serves', () => {
    const o = office();
    const a1 = o.draw('ausweis');
    o.advance(MINUTE);
    const m1 = o.draw('melde');
    o.run({ type: 'configure-place', placeId: 'p2', errandIds: ['melde'] });
    o.run({ type: 'call-next', placeId: 'p2' });
    expect(o.held('p2')?.id).toBe(m1.id);
    o.run({ type: 'call-next', placeId: 'p1' });
    expect(o.held('p1')?.id).toBe(a1.id);
    expect(o.state.tickets.get(a1.id)?.status).toBe('called');
  });

  it('says so when nobody waits for the place’s errands', () => {
    const o = office();
    o.draw('gewerbe');
    o.run({ type: 'configure-place', placeId: 'p1', errandIds: ['ausweis'] });
    expect(o.refuse({ type: 'call-next', placeId: 'p1' })).toBe('queue-empty');
  });

  it('lets a clerk hold only one ticket at a time', () => {
    const o = office();
    o.draw('ausweis');
    o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    expect(o.refuse({ type: 'call-next', placeId: 'p1' })).toBe('place-busy');
  });

  it('gives four places calling one after another four different tickets', () => {
    const office4 = office({
      timeZone: 'Europe/Berlin',
      errands: [{ id: 'ausweis', letter: 'A', name: { de: 'Ausweis' } }],
      places: ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, name: id })),
    });
    for (let i = 0; i < 5; i++) office4.draw('ausweis');
    for (const p of ['p1', 'p2', 'p3', 'p4']) office4.run({ type: 'call-next', placeId: p });
    const held = ['p1', 'p2', 'p3', 'p4'].map((p) => office4.held(p)?.number);
    expect(new Set(held).size).toBe(4);
    expect(held).toEqual([1, 2, 3, 4]);
  });

  it('refuses calls from an unknown or paused place', () => {
    const o = office();
    o.draw('ausweis');
    expect(o.refuse({ type: 'call-next', placeId: 'p9' })).toBe('unknown-place');
    o.run({ type: 'pause', placeId: 'p1', paused: true });
    expect(o.refuse({ type: 'call-next', placeId: 'p1' })).toBe('place-paused');
    o.run({ type: 'pause', placeId: 'p1', paused: false });
    o.run({ type: 'call-next', placeId: 'p1' });
  });

  it('does not pause a place while it serves someone', () => {
    const o = office();
    o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    expect(o.refuse({ type: 'pause', placeId: 'p1', paused: true })).toBe('place-busy');
  });
});

describe('calling one ticket out of turn', () => {
  it('calls the chosen ticket and marks it out of turn', () => {
    const o = office();
    o.draw('ausweis');
    const second = o.draw('ausweis');
    const [event] = o.run({ type: 'call', placeId: 'p1', ticketId: second.id });
    expect(event).toMatchObject({ type: 'TicketCalled', ticketId: second.id, outOfTurn: true });
  });

  it('refuses a ticket that is not waiting', () => {
    const o = office();
    const t = o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    expect(o.refuse({ type: 'call', placeId: 'p2', ticketId: t.id })).toBe('ticket-not-waiting');
    expect(o.refuse({ type: 'call', placeId: 'p2', ticketId: 'nope' })).toBe('unknown-ticket');
  });
});

describe('serving a called ticket', () => {
  it('recall calls the same number again and counts it', () => {
    const o = office();
    const t = o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    o.advance(MINUTE);
    o.run({ type: 'recall', placeId: 'p1' });
    expect(o.state.tickets.get(t.id)).toMatchObject({
      status: 'called',
      calls: 2,
      calledAt: THURSDAY_9AM + MINUTE,
    });
    expect(recentCalls(o.state, 8)).toHaveLength(1);
    expect(recentCalls(o.state, 8)[0]?.recall).toBe(true);
  });

  it('done and no-show finish the ticket and free the place', () => {
    const o = office();
    const a = o.draw('ausweis');
    const b = o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    o.run({ type: 'complete', placeId: 'p1' });
    o.run({ type: 'call-next', placeId: 'p1' });
    o.run({ type: 'no-show', placeId: 'p1' });
    expect(o.state.tickets.get(a.id)?.status).toBe('served');
    expect(o.state.tickets.get(b.id)?.status).toBe('no-show');
    expect(o.state.places.p1?.ticketId).toBeNull();
    expect(o.refuse({ type: 'complete', placeId: 'p1' })).toBe('place-idle');
  });

  it('put back returns the ticket to the end of the queue', () => {
    const o = office();
    const a = o.draw('ausweis');
    o.advance(MINUTE);
    const b = o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    o.advance(MINUTE);
    o.run({ type: 'put-back', placeId: 'p1' });
    expect(waitingTickets(o.state).map((t) => t.id)).toEqual([b.id, a.id]);
    expect(o.state.tickets.get(a.id)?.number).toBe(1);
  });
});

describe('transfer', () => {
  it('moves a ticket to another errand, keeping its number and its place in time', () => {
    const o = office();
    const a = o.draw('ausweis');
    o.advance(MINUTE);
    const m = o.draw('melde');
    o.run({ type: 'call', placeId: 'p1', ticketId: a.id });
    o.run({ type: 'transfer', placeId: 'p1', toErrandId: 'melde' });
    const moved = o.state.tickets.get(a.id);
    expect(moved).toMatchObject({ status: 'waiting', errandId: 'melde', letter: 'A', number: 1 });
    o.run({ type: 'configure-place', placeId: 'p2', errandIds: ['melde'] });
    expect(nextTicketFor(o.state, o.state.places.p2!)?.id).toBe(a.id);
    expect(forecast(o.state, testSetup, {}, THURSDAY_9AM).waiting(m.id)?.ahead).toBe(1);
  });

  it('sends a ticket to one particular place, which alone calls it', () => {
    const o = office();
    const a = o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    o.run({ type: 'transfer', placeId: 'p1', toPlaceId: 'p3' });
    expect(o.refuse({ type: 'call-next', placeId: 'p2' })).toBe('queue-empty');
    o.run({ type: 'call-next', placeId: 'p3' });
    expect(o.held('p3')?.id).toBe(a.id);
  });

  it('refuses a transfer that changes nothing or goes nowhere', () => {
    const o = office();
    o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    expect(o.refuse({ type: 'transfer', placeId: 'p1', toErrandId: 'ausweis' })).toBe('invalid-transfer');
    expect(o.refuse({ type: 'transfer', placeId: 'p1', toErrandId: 'nope' })).toBe('unknown-errand');
    expect(o.refuse({ type: 'transfer', placeId: 'p1', toPlaceId: 'p9' })).toBe('unknown-place');
  });
});

describe('a new day', () => {
  it('expires yesterday’s open tickets and frees places, keeping numbers unique per day', () => {
    const o = office();
    const waiting = o.draw('ausweis');
    const called = o.draw('ausweis');
    o.run({ type: 'call', placeId: 'p1', ticketId: called.id });
    o.at(THURSDAY_9AM + 24 * HOUR);
    const events = o.run({ type: 'roll-over' });
    expect(events.map((e) => e.type)).toEqual(['TicketExpired', 'TicketExpired', 'DayStarted']);
    expect(o.state.tickets.get(waiting.id)).toBeUndefined();
    expect(o.state.places.p1?.ticketId).toBeNull();
    expect(o.state.calls).toEqual([]);
    expect(o.refuse({ type: 'call-next', placeId: 'p1' })).toBe('queue-empty');
    expect(
      o.log.filter((e) => e.type === 'TicketExpired').map((e) => e.type === 'TicketExpired' && e.ticketId),
    ).toEqual([waiting.id, called.id]);
  });

  it('does nothing on a roll-over within the same day', () => {
    const o = office();
    o.draw('ausweis');
    o.advance(HOUR);
    expect(o.run({ type: 'roll-over' })).toEqual([]);
  });
});

describe('service day', () => {
  it('follows the office time zone across the daylight-saving change', () => {
    // 2026-10-25 is the autumn change in Germany: 22:30 UTC is 23:30 CET, still the 25th.
    expect(serviceDay(Date.UTC(2026, 9, 25, 22, 30), 'Europe/Berlin')).toBe('2026-10-25');
    expect(serviceDay(Date.UTC(2026, 9, 25, 23, 30), 'Europe/Berlin')).toBe('2026-10-26');
  });
});

describe('tickets drawn in the same millisecond', () => {
  it('keep one calling order, and each knows who is ahead', () => {
    const o = office();
    const tickets = [o.draw('ausweis'), o.draw('ausweis'), o.draw('ausweis')];
    const { waiting } = forecast(o.state, testSetup, {}, THURSDAY_9AM);
    expect(tickets.map((t) => waiting(t.id)?.ahead)).toEqual([0, 1, 2]);
    expect(waitingTickets(o.state).map((t) => t.number)).toEqual([1, 2, 3]);
    o.run({ type: 'call-next', placeId: 'p1' });
    expect(o.held('p1')?.number).toBe(1);
  });
});

describe('a new setup', () => {
  it('configures the places it adds or whose default errands it changes, and nothing else', () => {
    const o = office();
    const before = testSetup;
    const after = {
      ...testSetup,
      places: [
        { id: 'p1', name: 'Platz 1' },
        { id: 'p2', name: 'Platz 2', errandIds: ['melde'] },
        { id: 'p3', name: 'Platz 3 (neu benannt)' },
        { id: 'p4', name: 'Platz 4', errandIds: ['gewerbe'] },
      ],
    };
    const result = decide(
      o.state,
      { type: 'apply-setup', before },
      { setup: after, now: THURSDAY_9AM, newId: () => 'x' },
    );
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.filter((e) => e.type === 'PlaceConfigured')).toEqual([
      { type: 'PlaceConfigured', at: THURSDAY_9AM, placeId: 'p2', errandIds: ['melde'] },
      { type: 'PlaceConfigured', at: THURSDAY_9AM, placeId: 'p4', errandIds: ['gewerbe'] },
    ]);
    const unchanged = decide(
      o.state,
      { type: 'apply-setup', before: after },
      { setup: after, now: THURSDAY_9AM, newId: () => 'x' },
    );
    expect(unchanged.ok && unchanged.value.filter((e) => e.type === 'PlaceConfigured')).toEqual([]);
  });
});
