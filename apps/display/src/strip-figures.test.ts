import { decide, evolveAll, forecast, initialState } from '@aufruf/core';
import type { OfficeSetup, OfficeState } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { stripFigures } from './strip-figures.ts';

const setup: OfficeSetup = {
  timeZone: 'Europe/Berlin',
  errands: [
    { id: 'ausweis', letter: 'A', name: { de: 'Ausweis' } },
    { id: 'melde', letter: 'M', name: { de: 'Meldewesen' } },
    { id: 'gewerbe', letter: 'G', name: { de: 'Gewerbe' } },
  ],
  places: [
    { id: 'p1', name: 'Platz 1' },
    { id: 'p2', name: 'Platz 2' },
  ],
};
const NINE = Date.UTC(2026, 10, 26, 8, 0);

function drawAll(errandIds: readonly string[]): OfficeState {
  let state = initialState(setup, '');
  let id = 0;
  const commands = [
    // Both clerks are signed in: only staffed places count.
    ...setup.places.map((p) => ({ type: 'staff', placeId: p.id, staffed: true }) as const),
    ...errandIds.map((errandId) => ({ type: 'draw', errandId }) as const),
  ];
  commands.forEach((command, i) => {
    const result = decide(state, command, { setup, now: NINE + i * 1000, newId: () => `t${++id}` });
    if (!result.ok) throw new Error(result.error.code);
    state = evolveAll(state, result.value);
  });
  return state;
}

describe('the display strip’s figures', () => {
  it('are those of each errand’s newest number, and of a new number where nobody waits', () => {
    const state = drawAll(['melde', 'ausweis', 'melde', 'ausweis']);
    const now = NINE + 10_000;
    const figures = stripFigures(state, forecast(state, setup, {}, now), ['ausweis', 'melde', 'gewerbe']);
    expect(figures.map((f) => [f.number, f.outlook.ahead])).toEqual([
      ['A\u20092', 3],
      ['M\u20092', 2],
      [null, 4],
    ]);
  });
});
