import { decide, evolveAll, initialState } from '@aufruf/core';
import type { Command, OfficeState } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { changedRows } from './changed-rows.ts';
import { DAY, MONDAY_8AM, SETUP } from './test-support.ts';

let ids = 0;
const eventsOf = (state: OfficeState, command: Command, now: number) => {
  const result = decide(state, command, { setup: SETUP, now, newId: () => `t${++ids}` });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
};
const apply = (state: OfficeState, command: Command, now: number) =>
  evolveAll(state, eventsOf(state, command, now));

describe('changedRows', () => {
  it('gives the same state as evolveAll and only the rows that changed', () => {
    const start = apply(initialState(SETUP, ''), { type: 'draw', errandId: 'passport' }, MONDAY_8AM);
    const events = eventsOf(start, { type: 'call-next', placeId: 'counter-2' }, MONDAY_8AM + 60_000);
    const { after, tickets, places } = changedRows(start, events);
    expect(after).toStrictEqual(evolveAll(start, events));
    expect(tickets.map((t) => [t.letter, t.number, t.status])).toEqual([['A', 1, 'called']]);
    expect(places.map((p) => p.id)).toEqual(['counter-2']);
  });

  it('includes the tickets a rollover expires, although the new day no longer holds them', () => {
    const drawn = apply(initialState(SETUP, ''), { type: 'draw', errandId: 'passport' }, MONDAY_8AM);
    const called = apply(drawn, { type: 'call-next', placeId: 'counter-1' }, MONDAY_8AM + 60_000);
    const events = eventsOf(called, { type: 'roll-over' }, MONDAY_8AM + DAY);
    const { after, tickets, places } = changedRows(called, events);
    expect(after.tickets.size).toBe(0);
    expect(tickets.map((t) => t.status)).toEqual(['expired']);
    // The counter that held the ticket must be free again in the database too.
    expect(places).toEqual([expect.objectContaining({ id: 'counter-1', ticketId: null })]);
  });
});
