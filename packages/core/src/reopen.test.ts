import { describe, expect, it } from 'vitest';
import { forecast } from './estimate.ts';
import { waitingTickets } from './queue.ts';
import { defaultCallingRules } from './model.ts';
import { office, testSetup, THURSDAY_9AM } from './test-support.ts';

const MINUTE = 60_000;

describe('taking back a no-show ("Wieder aufnehmen")', () => {
  it('puts the visitor back at their place in the queue, to be called again', () => {
    const o = office();
    const a1 = o.draw('ausweis');
    o.advance(MINUTE);
    const a2 = o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    o.run({ type: 'no-show', placeId: 'p1' });
    o.advance(5 * MINUTE);
    // They come in five minutes late.
    expect(o.run({ type: 'reopen', placeId: 'p2', ticketId: a1.id })).toEqual([
      { type: 'TicketReopened', at: THURSDAY_9AM + 6 * MINUTE, ticketId: a1.id, placeId: 'p2' },
    ]);
    expect(o.state.tickets.get(a1.id)).toMatchObject({ status: 'waiting', finishedAt: null, calls: 0 });
    // Drawn first, so before A 2 again; the forecast tells them they are next.
    expect(waitingTickets(o.state).map((t) => t.id)).toEqual([a1.id, a2.id]);
    expect(forecast(o.state, testSetup, {}, THURSDAY_9AM + 6 * MINUTE).waiting(a1.id)?.ahead).toBe(0);
    o.run({ type: 'call-next', placeId: 'p3' });
    expect(o.held('p3')?.id).toBe(a1.id);
    o.run({ type: 'complete', placeId: 'p3' });
    expect(o.state.tickets.get(a1.id)?.status).toBe('served');
  });

  it('only takes back today’s no-shows', () => {
    const o = office();
    const a1 = o.draw('ausweis');
    expect(o.refuse({ type: 'reopen', placeId: 'p1', ticketId: a1.id })).toBe('not-reopenable');
    o.run({ type: 'call-next', placeId: 'p1' });
    o.run({ type: 'complete', placeId: 'p1' });
    expect(o.refuse({ type: 'reopen', placeId: 'p1', ticketId: a1.id })).toBe('not-reopenable');
    expect(o.refuse({ type: 'reopen', placeId: 'p1', ticketId: 'nobody' })).toBe('unknown-ticket');
  });

  it('puts the visitor at the front of the queue when the office has set it so', () => {
    const setup = { ...testSetup, rules: { ...defaultCallingRules, reopenAtFront: true } };
    const o = office(setup);
    const a1 = o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    o.run({ type: 'no-show', placeId: 'p1' });
    o.advance(MINUTE);
    const a2 = o.draw('ausweis');
    o.advance(1000);
    const m1 = o.draw('melde');
    o.run({ type: 'reopen', placeId: 'p2', ticketId: a1.id });
    expect(waitingTickets(o.state, setup.rules).map((t) => t.id)).toEqual([a1.id, a2.id, m1.id]);
    // Taken back twice: still one ahead of everyone, never behind itself.
    o.run({ type: 'call-next', placeId: 'p1' });
    o.run({ type: 'no-show', placeId: 'p1' });
    o.run({ type: 'reopen', placeId: 'p2', ticketId: a1.id });
    expect(waitingTickets(o.state, setup.rules)[0]?.id).toBe(a1.id);
  });
});
