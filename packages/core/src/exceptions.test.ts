import { describe, expect, it } from 'vitest';
import { waitingTickets } from './queue.ts';
import { office, THURSDAY_9AM } from './test-support.ts';

const MINUTE = 60_000;

describe('"Rückgängig": the last "Erledigt" or "Nicht erschienen" of a place, within two minutes', () => {
  it('puts a number finished by mistake back at the desk, called as before', () => {
    const o = office();
    const a1 = o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    o.advance(MINUTE);
    o.run({ type: 'complete', placeId: 'p1' });
    o.advance(90_000);
    expect(o.run({ type: 'undo', placeId: 'p1', ticketId: a1.id })).toEqual([
      { type: 'TicketUndone', at: THURSDAY_9AM + MINUTE + 90_000, ticketId: a1.id, placeId: 'p1' },
    ]);
    expect(o.state.tickets.get(a1.id)).toMatchObject({ status: 'called', finishedAt: null, calls: 1 });
    expect(o.held('p1')?.id).toBe(a1.id);
    // Finished again for real: served once.
    o.run({ type: 'complete', placeId: 'p1' });
    expect(o.state.tickets.get(a1.id)?.status).toBe('served');
  });

  it('undoes a no-show the same way', () => {
    const o = office();
    const a1 = o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p2' });
    o.run({ type: 'no-show', placeId: 'p2' });
    o.run({ type: 'undo', placeId: 'p2', ticketId: a1.id });
    expect(o.state.tickets.get(a1.id)?.status).toBe('called');
  });

  it('refuses after two minutes, for an earlier number, at another place, or while serving', () => {
    const o = office();
    const a1 = o.draw('ausweis');
    const a2 = o.draw('ausweis');
    o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    o.run({ type: 'complete', placeId: 'p1' });
    o.advance(MINUTE);
    o.run({ type: 'call-next', placeId: 'p1' });
    // Serving the next one: finish that first.
    expect(o.refuse({ type: 'undo', placeId: 'p1', ticketId: a1.id })).toBe('place-busy');
    o.run({ type: 'complete', placeId: 'p1' });
    // Only the last one.
    expect(o.refuse({ type: 'undo', placeId: 'p1', ticketId: a1.id })).toBe('not-undoable');
    expect(o.refuse({ type: 'undo', placeId: 'p2', ticketId: a2.id })).toBe('not-undoable');
    o.advance(2 * MINUTE + 1);
    expect(o.refuse({ type: 'undo', placeId: 'p1', ticketId: a2.id })).toBe('not-undoable');
  });
});

describe('"Stornieren": the office head ends an open ticket', () => {
  it('takes a waiting number out of the queue, with its reason, as expired by the office', () => {
    const o = office();
    const a1 = o.draw('ausweis');
    const a2 = o.draw('ausweis');
    expect(o.run({ type: 'cancel', ticketId: a1.id, note: ' doppelt gezogen ' })).toEqual([
      {
        type: 'TicketExpired',
        at: THURSDAY_9AM,
        ticketId: a1.id,
        cause: 'cancelled',
        note: 'doppelt gezogen',
      },
    ]);
    expect(o.state.tickets.get(a1.id)).toMatchObject({ status: 'expired', endCause: 'cancelled' });
    expect(waitingTickets(o.state).map((t) => t.id)).toEqual([a2.id]);
  });

  it('frees the place of a called number, and refuses a finished or unknown one', () => {
    const o = office();
    const a1 = o.draw('ausweis');
    o.run({ type: 'call-next', placeId: 'p1' });
    o.run({ type: 'cancel', ticketId: a1.id });
    expect(o.held('p1')).toBeUndefined();
    expect(o.refuse({ type: 'cancel', ticketId: a1.id })).toBe('not-cancellable');
    expect(o.refuse({ type: 'cancel', ticketId: 'nobody' })).toBe('unknown-ticket');
  });
});

describe('"Tag schließen"', () => {
  it('ends every open number of today and stops the issue of numbers for every errand', () => {
    const o = office();
    const a1 = o.draw('ausweis');
    const m1 = o.draw('melde');
    const g1 = o.draw('gewerbe');
    o.run({ type: 'call-next', placeId: 'p1' });
    o.run({ type: 'complete', placeId: 'p1' });
    o.run({ type: 'call-next', placeId: 'p2' });
    o.run({ type: 'set-issuing', errandIds: ['gewerbe'], stopped: true });
    const events = o.run({ type: 'close-day', note: 'Stromausfall' });
    expect(events.map((e) => e.type)).toEqual([
      'TicketExpired',
      'TicketExpired',
      'IssuingStopped',
      'IssuingStopped',
    ]);
    expect(o.state.tickets.get(a1.id)?.status).toBe('served');
    for (const id of [m1.id, g1.id]) {
      expect(o.state.tickets.get(id)).toMatchObject({ status: 'expired', endCause: 'day-closed' });
    }
    expect(o.held('p2')).toBeUndefined();
    expect([...o.state.stoppedErrands].sort()).toEqual(['ausweis', 'gewerbe', 'melde']);
    expect(o.refuse({ type: 'draw', errandId: 'ausweis' })).toBe('issuing-stopped');
    // Closing again changes nothing.
    expect(o.run({ type: 'close-day' })).toEqual([]);
  });
});
