import { describe, expect, it } from 'vitest';
import type { Command } from './commands.ts';
import { forecast, forecastAfter } from './estimate.ts';
import type { Forecast } from './estimate.ts';
import type { ServiceHistory } from './estimate-service-times.ts';
import type { DomainEvent } from './events.ts';
import type { CallingRules, OfficeSetup, OfficeState } from './model.ts';
import { office, THURSDAY_9AM } from './test-support.ts';

const MINUTE = 60_000;

/** A small deterministic random source (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const errands = ['ausweis', 'melde', 'fuehrerschein', 'gewerbe', 'sonstiges'];

function setupWith(rules: CallingRules): OfficeSetup {
  return {
    timeZone: 'Europe/Berlin',
    errands: errands.map((id, i) => ({ id, letter: 'AMFGS'[i] ?? 'X', name: { de: id }, priority: true })),
    // Places that serve different, overlapping errands; one serves nothing the others do not.
    places: [
      { id: 'p1', name: 'Platz 1', errandIds: ['ausweis', 'melde'] },
      { id: 'p2', name: 'Platz 2', errandIds: ['melde'] },
      { id: 'p3', name: 'Platz 3', errandIds: ['fuehrerschein', 'gewerbe', 'ausweis'] },
      { id: 'p4', name: 'Platz 4', errandIds: ['ausweis', 'melde', 'gewerbe'] },
    ],
    rules,
  };
}

const history: ServiceHistory = {
  ausweis: { meanMinutes: 9, samples: 30, cv: 0.6 },
  melde: { meanMinutes: 5, samples: 12 },
  gewerbe: { meanMinutes: 14, samples: 3, cv: 0.4 },
};

/** Every figure a forecast gives about a state, to compare two forecasts of it. */
function figures(state: OfficeState, f: Forecast) {
  const waiting = [...state.tickets.values()]
    .filter((t) => t.status === 'waiting')
    .map((t) => [t.id, f.waiting(t.id)]);
  return { waiting, newTicket: f.newTicket };
}

describe('a forecast extended by the tickets just drawn', () => {
  const rulesets: CallingRules[] = [
    { priority: 'first', priorityEvery: 3, appointmentsFirst: true, maxRecalls: 2, noShowAfterSeconds: 0 },
    {
      priority: 'interleave',
      priorityEvery: 2,
      appointmentsFirst: false,
      maxRecalls: 2,
      noShowAfterSeconds: 0,
    },
  ];

  it.each(rulesets)('gives every figure a full forecast gives (%o)', (rules) => {
    const setup = setupWith(rules);
    const next = random(rules.priorityEvery);
    let extended = 0;
    let replayed = 0;
    for (let round = 0; round < 40; round++) {
      const o = office(setup, THURSDAY_9AM);
      // A morning: draws of every kind, calls, finished visits, transfers, a pause.
      const steps = Math.floor(next() * 40);
      for (let i = 0; i < steps; i++) {
        o.advance(Math.floor(next() * 3) * 20_000);
        const place = `p${1 + Math.floor(next() * 4)}`;
        const roll = next();
        const command: Command =
          roll < 0.55
            ? {
                type: 'draw',
                errandId: errands[Math.floor(next() * errands.length)] ?? 'melde',
                kind: roll < 0.05 ? 'priority' : roll < 0.08 ? 'appointment' : undefined,
              }
            : roll < 0.7
              ? { type: 'call-next', placeId: place }
              : roll < 0.85
                ? { type: 'complete', placeId: place }
                : roll < 0.95
                  ? { type: 'transfer', placeId: place, toErrandId: 'gewerbe', toPlaceId: 'p3' }
                  : { type: 'pause', placeId: place, paused: o.state.places[place]?.paused !== true };
        try {
          o.run(command);
        } catch {
          // Refused (nobody waiting, place busy): the morning goes on.
        }
      }
      const now = o.log.at(-1)?.at ?? THURSDAY_9AM;
      const before = o.state;
      const previous = forecast(before, setup, history, now + 2 * MINUTE);
      // One to three walk-in visitors draw, some in the same millisecond.
      const events: DomainEvent[] = [];
      const drawn = 1 + Math.floor(next() * 3);
      for (let i = 0; i < drawn; i++) {
        if (next() < 0.5) o.advance(1);
        events.push(
          ...o.run({ type: 'draw', errandId: errands[Math.floor(next() * errands.length)] ?? 'melde' }),
        );
      }
      const after = forecastAfter(previous, o.state, events);
      if (!after) {
        replayed++;
        continue;
      }
      extended++;
      expect(figures(o.state, after)).toEqual(
        figures(o.state, forecast(o.state, setup, history, now + 2 * MINUTE)),
      );
      // What the kiosk shows before the draw is what the ticket then says.
      const first = events.find((e) => e.type === 'TicketDrawn');
      if (first?.type === 'TicketDrawn' && drawn === 1) {
        expect(after.waiting(first.ticket.id)).toEqual(previous.newTicket[first.ticket.errandId]);
      }
      // The previous forecast still tells its own state, unchanged by the extension.
      expect(figures(before, previous)).toEqual(
        figures(before, forecast(before, setup, history, now + 2 * MINUTE)),
      );
    }
    // Most mornings end in walk-in tickets at the end of the queue; the others are replayed.
    expect(extended).toBeGreaterThan(25);
    expect(replayed).toBeGreaterThan(0);
  });

  it('is refused for anything but walk-in draws at the end of the queue', () => {
    const setup = setupWith(rulesets[0] ?? ({} as CallingRules));
    const o = office(setup);
    o.draw('melde');
    const previous = forecast(o.state, setup, history, THURSDAY_9AM);
    const called = o.run({ type: 'call-next', placeId: 'p2' });
    expect(forecastAfter(previous, o.state, called)).toBeNull();
    const priority = forecast(o.state, setup, history, THURSDAY_9AM);
    o.advance(1000);
    const events = o.run({ type: 'draw', errandId: 'melde', kind: 'priority' });
    expect(forecastAfter(priority, o.state, events)).toBeNull();
  });
});
