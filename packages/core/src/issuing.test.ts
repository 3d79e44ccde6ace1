import { describe, expect, it } from 'vitest';
import { office, THURSDAY_9AM } from './test-support.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('stopping the issue of numbers', () => {
  it('refuses numbers for a stopped errand only, until it is resumed', () => {
    const o = office();
    o.draw('ausweis');
    expect(o.run({ type: 'set-issuing', errandIds: ['ausweis'], stopped: true })).toEqual([
      { type: 'IssuingStopped', at: THURSDAY_9AM, errandId: 'ausweis' },
    ]);
    expect(o.refuse({ type: 'draw', errandId: 'ausweis' })).toBe('issuing-stopped');
    expect(o.draw('melde').letter).toBe('M');
    // Who already has a number keeps it and is called as before.
    expect(o.run({ type: 'call-next', placeId: 'p1' })).toContainEqual(
      expect.objectContaining({ type: 'TicketCalled' }),
    );
    o.run({ type: 'set-issuing', errandIds: ['ausweis'], stopped: false });
    expect(o.draw('ausweis').number).toBe(2);
  });

  it('records only what changes, and refuses an errand the office does not have', () => {
    const o = office();
    o.run({ type: 'set-issuing', errandIds: ['ausweis'], stopped: true });
    const all = o.run({ type: 'set-issuing', errandIds: ['ausweis', 'melde', 'gewerbe'], stopped: true });
    expect(all.map((e) => e.type === 'IssuingStopped' && e.errandId)).toEqual(['melde', 'gewerbe']);
    expect(o.state.stoppedErrands).toEqual(['ausweis', 'melde', 'gewerbe']);
    expect(o.run({ type: 'set-issuing', errandIds: ['melde'], stopped: true })).toEqual([]);
    expect(o.refuse({ type: 'set-issuing', errandIds: ['zauberei'], stopped: true })).toBe('unknown-errand');
  });

  it('lasts one day: the next morning every errand is issued again', () => {
    const o = office();
    o.run({ type: 'set-issuing', errandIds: ['ausweis'], stopped: true });
    o.advance(DAY);
    expect(o.draw('ausweis').number).toBe(1);
    expect(o.state.stoppedErrands).toEqual([]);
  });
});
