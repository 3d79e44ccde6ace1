import { describe, expect, it } from 'vitest';
import { office, THURSDAY_9AM } from './test-support.ts';

const trouble = { fault: 'paper-out', source: 'device:kiosk-1', language: 'tr' } as const;

describe('a number whose paper did not come out', () => {
  it('is marked with the fault and where it was meant to print, until a reprint comes out', () => {
    const o = office();
    const a1 = o.draw('ausweis');
    expect(o.run({ type: 'print-failed', ticketId: a1.id, trouble })).toEqual([
      { type: 'TicketNotPrinted', at: THURSDAY_9AM, ticketId: a1.id, trouble },
    ]);
    expect(o.state.tickets.get(a1.id)?.unprinted).toEqual(trouble);
    // Still in the queue like any other number: the paper is owed, the place in line is not lost.
    expect(o.state.tickets.get(a1.id)?.status).toBe('waiting');

    // A reprint that failed for another reason replaces the fault.
    o.run({ type: 'print-failed', ticketId: a1.id, trouble: { ...trouble, fault: 'cover-open' } });
    expect(o.state.tickets.get(a1.id)?.unprinted?.fault).toBe('cover-open');

    expect(o.run({ type: 'printed', ticketId: a1.id })).toEqual([
      { type: 'TicketPrinted', at: THURSDAY_9AM, ticketId: a1.id },
    ]);
    expect(o.state.tickets.get(a1.id)).not.toHaveProperty('unprinted');
  });

  it('records nothing for a ticket that owes no paper or has ended; refuses an unknown one', () => {
    const o = office();
    const a1 = o.draw('ausweis');
    expect(o.run({ type: 'printed', ticketId: a1.id })).toEqual([]);
    o.run({ type: 'call-next', placeId: 'p1' });
    o.run({ type: 'complete', placeId: 'p1' });
    expect(o.run({ type: 'print-failed', ticketId: a1.id, trouble })).toEqual([]);
    expect(o.refuse({ type: 'print-failed', ticketId: 'nope', trouble })).toBe('unknown-ticket');
    expect(o.refuse({ type: 'printed', ticketId: 'nope' })).toBe('unknown-ticket');
  });
});
