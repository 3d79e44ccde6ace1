import { describe, expect, it } from 'vitest';
import { forecast } from './estimate.ts';
import type { OfficeSetup } from './model.ts';
import { office, THURSDAY_9AM } from './test-support.ts';
import { defaultNearRule, visitorStatus } from './visitor-status.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** The office of the walk-in Thursday: five errands, four places that serve every one of them. */
const fiveErrands: OfficeSetup = {
  timeZone: 'Europe/Berlin',
  errands: [
    { id: 'ausweis', letter: 'A', name: { de: 'Ausweis' } },
    { id: 'melde', letter: 'M', name: { de: 'Meldewesen' } },
    { id: 'fuehrerschein', letter: 'F', name: { de: 'Führerschein' } },
    { id: 'gewerbe', letter: 'G', name: { de: 'Gewerbe' } },
    { id: 'sonstiges', letter: 'S', name: { de: 'Sonstiges' } },
  ],
  places: [1, 2, 3, 4].map((n) => ({ id: `p${n}`, name: `Platz ${n}` })),
};

function thursday(setup: OfficeSetup = fiveErrands) {
  const o = office(setup);
  const at = () => o.log.at(-1)?.at ?? THURSDAY_9AM;
  const drawLater = (errandId: string) => (o.advance(SECOND), o.draw(errandId));
  const look = () => forecast(o.state, setup, {}, at());
  return { o, drawLater, look };
}

describe('people ahead', () => {
  it('counts every errand the visitor’s places call first, not only their own', () => {
    const { drawLater, look } = thursday();
    for (const errand of ['melde', 'fuehrerschein', 'gewerbe', 'sonstiges']) drawLater(errand);
    const a = drawLater('ausweis');
    expect(look().waiting(a.id)?.ahead).toBe(4);
    for (let i = 0; i < 2; i++) drawLater('melde');
    const m = drawLater('melde');
    expect(look().waiting(m.id)?.ahead).toBe(7);
  });

  it('drops by one with every call ahead, whatever its errand', () => {
    const { o, drawLater, look } = thursday();
    for (const errand of ['melde', 'fuehrerschein', 'gewerbe', 'sonstiges']) drawLater(errand);
    const a = drawLater('ausweis');
    const seen = [look().waiting(a.id)?.ahead];
    for (const place of ['p1', 'p2', 'p3', 'p4']) {
      o.advance(MINUTE);
      o.run({ type: 'call-next', placeId: place });
      seen.push(look().waiting(a.id)?.ahead);
    }
    expect(seen).toEqual([4, 3, 2, 1, 0]);
  });

  it('tells a newcomer at the kiosk the figure their ticket then shows', () => {
    // Places with different errands, a transfer to one place and a priority ticket: the kiosk's
    // figure before the draw and the ticket's after it must still agree for every errand.
    const setup: OfficeSetup = {
      ...fiveErrands,
      errands: fiveErrands.errands.map((e) => ({ ...e, priority: true })),
      places: [
        { id: 'p1', name: 'Platz 1', errandIds: ['ausweis', 'melde'] },
        { id: 'p2', name: 'Platz 2', errandIds: ['melde'] },
        { id: 'p3', name: 'Platz 3', errandIds: ['fuehrerschein', 'gewerbe', 'ausweis'] },
        { id: 'p4', name: 'Platz 4', errandIds: ['sonstiges'] },
      ],
    };
    const { o, drawLater, look } = thursday(setup);
    const pattern = ['ausweis', 'melde', 'melde', 'gewerbe', 'ausweis', 'fuehrerschein', 'sonstiges'];
    for (const errand of [...pattern, ...pattern]) drawLater(errand);
    o.run({ type: 'call-next', placeId: 'p1' });
    o.run({ type: 'transfer', placeId: 'p1', toPlaceId: 'p3' });
    o.advance(SECOND);
    o.run({ type: 'draw', errandId: 'gewerbe', kind: 'priority' });
    o.run({ type: 'call-next', placeId: 'p2' });
    for (const errand of fiveErrands.errands) {
      const before = look().newTicket[errand.id];
      const drawn = drawLater(errand.id);
      expect({ errand: errand.id, ahead: look().waiting(drawn.id)?.ahead }).toEqual({
        errand: errand.id,
        ahead: before?.ahead,
      });
    }
  });

  it('counts only the places that can call the visitor', () => {
    // p1 serves ausweis and melde, p2 melde only: p2 takes one of the two melde visitors.
    const setup: OfficeSetup = {
      ...fiveErrands,
      places: [
        { id: 'p1', name: 'Platz 1', errandIds: ['ausweis', 'melde'] },
        { id: 'p2', name: 'Platz 2', errandIds: ['melde'] },
      ],
    };
    const { drawLater, look } = thursday(setup);
    drawLater('melde');
    drawLater('melde');
    const a = drawLater('ausweis');
    expect(look().waiting(a.id)?.ahead).toBe(1);
  });

  it('falls back to the errand’s own queue when no place serves it, without an estimate', () => {
    const setup: OfficeSetup = {
      ...fiveErrands,
      places: [{ id: 'p1', name: 'Platz 1', errandIds: ['ausweis'] }],
    };
    const { drawLater, look } = thursday(setup);
    drawLater('ausweis');
    drawLater('gewerbe');
    const g = drawLater('gewerbe');
    expect(look().waiting(g.id)).toEqual({ ahead: 1, estimate: null });
    expect(look().newTicket['gewerbe']).toEqual({ ahead: 2, estimate: null });
  });
});

describe('what the visitor is told', () => {
  it('lets a visitor far back stay away, and asks them back when near', () => {
    const { o, drawLater, look } = thursday();
    const tickets = Array.from({ length: 12 }, (_, i) => drawLater(fiveErrands.errands[i % 5]?.id ?? ''));
    const last = tickets.at(-1);
    const first = tickets[0];
    if (!last || !first) throw new Error('no tickets');
    const status = (id: string) => visitorStatus(look(), o.state.tickets.get(id) ?? first, defaultNearRule);
    expect(status(last.id)).toMatchObject({ phase: 'far', ahead: 11 });
    expect(status(tickets[2]?.id ?? '')).toMatchObject({ phase: 'near', ahead: 2 });
    o.run({ type: 'call-next', placeId: 'p2' });
    expect(status(first.id)).toEqual({ phase: 'called', placeId: 'p2' });
    o.run({ type: 'complete', placeId: 'p2' });
    expect(status(first.id)).toEqual({ phase: 'served' });
  });

  it('asks a visitor back when the expected wait is short, however many are ahead', () => {
    const { drawLater, look, o } = thursday();
    const tickets = Array.from({ length: 5 }, () => drawLater('ausweis'));
    const fifth = tickets[4];
    if (!fifth) throw new Error('no ticket');
    // Four ahead and four places: the fifth is called when the first place is done, in about 8 minutes.
    const rule = { returnWhenAhead: 1, returnWhenMinutes: 10 };
    expect(visitorStatus(look(), fifth, rule)).toMatchObject({ phase: 'near', ahead: 4 });
    expect(visitorStatus(look(), fifth, { ...rule, returnWhenMinutes: 5 })).toMatchObject({ phase: 'far' });
    expect(o.state.tickets.get(fifth.id)?.status).toBe('waiting');
  });
});
