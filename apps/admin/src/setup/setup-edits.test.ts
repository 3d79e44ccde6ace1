import { defaultCallingRules } from '@aufruf/core';
import type { OfficeSettings } from '@aufruf/protocol';
import { describe, expect, it } from 'vitest';
import { addErrand, addPlace, moveErrand, placesServing, removeErrand, setServes } from './setup-edits.ts';

const base: OfficeSettings = {
  name: 'Amt',
  errands: [
    { id: 'a', letter: 'A', name: { de: 'A' } },
    { id: 'b', letter: 'B', name: { de: 'B' } },
  ],
  places: [
    { id: 'p1', name: 'Platz 1' },
    { id: 'p2', name: 'Platz 2', errandIds: ['b'] },
  ],
  rules: defaultCallingRules,
  hours: null,
  texts: {},
  publicUrl: null,
};

describe('setup edits', () => {
  it('add an errand with a free letter and a fresh id, served where places serve everything', () => {
    const next = addErrand(base);
    expect(next.errands[2]).toMatchObject({ id: 'anliegen-3', letter: 'C', active: true });
    expect(placesServing(next, 'anliegen-3')).toEqual(['p1']);
  });

  it('edit "which places serve it" from the errand side, keeping the errand order', () => {
    const next = setServes(base, 'p2', 'a', true);
    expect(next.places[1]?.errandIds).toEqual(['a', 'b']);
    const off = setServes(base, 'p1', 'b', false);
    expect(off.places[0]?.errandIds).toEqual(['a']);
  });

  it('remove an errand from every place and move errands', () => {
    expect(removeErrand(base, 'b').places[1]?.errandIds).toEqual([]);
    expect(moveErrand(base, 1, -1).errands.map((e) => e.id)).toEqual(['b', 'a']);
    expect(moveErrand(base, 1, 1)).toBe(base);
    expect(addPlace(base, 'Platz 3').places[2]).toEqual({ id: 'platz-3', name: 'Platz 3' });
  });
});
