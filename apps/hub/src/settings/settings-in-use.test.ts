import { defaultCallingRules, initialState, ticketMap } from '@aufruf/core';
import type { OfficeState, Ticket } from '@aufruf/core';
import type { OfficeSettings } from '@aufruf/protocol';
import { settingsInUseSchema } from '@aufruf/protocol';
import { describe, expect, it } from 'vitest';
import { settingsInUse } from './office-settings.ts';

const settings: OfficeSettings = {
  name: 'Bürgerbüro',
  errands: [
    { id: 'ausweis', letter: 'A', name: { de: 'Ausweis' } },
    { id: 'melde', letter: 'M', name: { de: 'Melde' } },
  ],
  places: [
    { id: 'p1', name: 'Platz 1' },
    { id: 'p2', name: 'Platz 2' },
  ],
  rules: defaultCallingRules,
  hours: null,
  texts: {},
  publicUrl: null,
};

const ticket = (over: Partial<Ticket>): Ticket => ({
  id: 't1',
  day: '2025-03-03',
  letter: 'A',
  number: 7,
  errandId: 'ausweis',
  status: 'waiting',
  drawnAt: 0,
  queuedAt: 0,
  placeId: null,
  targetPlaceId: null,
  firstCalledAt: null,
  calledAt: null,
  finishedAt: null,
  calls: 0,
  ...over,
});

const withTicket = (t: Ticket, serving?: string): OfficeState => {
  const state = initialState({ timeZone: 'Europe/Berlin', ...settings }, t.day);
  const places = serving
    ? { ...state.places, [serving]: { ...state.places[serving]!, ticketId: t.id } }
    : state.places;
  return { ...state, tickets: ticketMap([t]), places };
};

const without = (what: 'places' | 'errands', id: string): OfficeSettings =>
  what === 'places'
    ? { ...settings, places: settings.places.filter((p) => p.id !== id) }
    : { ...settings, errands: settings.errands.filter((e) => e.id !== id) };

describe('a setup the live queue forbids', () => {
  it('names the removed place that is serving someone, as facts and not as a sentence', () => {
    const state = withTicket(ticket({ status: 'called', placeId: 'p1' }), 'p1');
    const inUse = settingsInUse(state, without('places', 'p1'));
    expect(inUse).toEqual({ kind: 'place-serving', placeId: 'p1' });
    expect(settingsInUseSchema.parse(inUse)).toEqual(inUse);
  });

  it('names the number a removed place is awaited by', () => {
    const state = withTicket(ticket({ targetPlaceId: 'p2' }));
    expect(settingsInUse(state, without('places', 'p2'))).toEqual({
      kind: 'place-awaited',
      placeId: 'p2',
      ticket: { letter: 'A', number: 7 },
    });
  });

  it('names the removed errand with open numbers, and lets a finished one go', () => {
    expect(settingsInUse(withTicket(ticket({})), without('errands', 'ausweis'))).toEqual({
      kind: 'errand-waiting',
      errandId: 'ausweis',
    });
    const served = withTicket(ticket({ status: 'served' }));
    expect(settingsInUse(served, without('errands', 'ausweis'))).toBeNull();
    expect(settingsInUse(withTicket(ticket({})), settings)).toBeNull();
  });
});
