import { decide, evolveAll, initialState } from '@aufruf/core';
import type { Command, DomainEvent, OfficeState } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { ticketToRow } from './rows.ts';
import { aggregateDay } from './stats-aggregate.ts';

// The day's figures come from each ticket's last state: an undone "Erledigt" is served once, a taken
// back no-show is served, a cancelled number and the numbers of a day closed early count as expired.
const setup = {
  timeZone: 'Europe/Berlin',
  errands: [{ id: 'ausweis', letter: 'A', name: { de: 'Ausweis' } }],
  places: [{ id: 'p1', name: 'Platz 1' }],
};
const NINE = Date.UTC(2026, 10, 26, 8, 0);

describe('statistics of the exceptions of a day', () => {
  it('count an undone "Erledigt" once, a taken-back no-show as served, cancelled and closed as expired', () => {
    let id = 0;
    let now = NINE;
    let state: OfficeState = initialState(setup, '');
    const run = (command: Command): DomainEvent[] => {
      const result = decide(state, command, { setup, now, newId: () => `t${++id}` });
      if (!result.ok) throw new Error(`${command.type}: ${result.error.code}`);
      state = evolveAll(state, result.value);
      now += 60_000;
      return result.value;
    };
    for (let i = 0; i < 5; i++) run({ type: 'draw', errandId: 'ausweis' });
    run({ type: 'call-next', placeId: 'p1' });
    run({ type: 'complete', placeId: 'p1' });
    run({ type: 'undo', placeId: 'p1', ticketId: 't1' });
    run({ type: 'complete', placeId: 'p1' });
    run({ type: 'call-next', placeId: 'p1' });
    run({ type: 'no-show', placeId: 'p1' });
    run({ type: 'reopen', placeId: 'p1', ticketId: 't2' });
    run({ type: 'call-next', placeId: 'p1' });
    run({ type: 'complete', placeId: 'p1' });
    run({ type: 'cancel', ticketId: 't3' });
    run({ type: 'close-day' });

    const day = aggregateDay(state.day, [...state.tickets.values()].map(ticketToRow), setup.timeZone);
    expect(day.errands.get('ausweis')).toMatchObject({ tickets: 5, served: 2, noShow: 0, expired: 3 });
  });
});
