import { evolveAll, initialState } from '@aufruf/core';
import type { DomainEvent, OfficeState, Ticket } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { admit, observe, openGuard, PRESS_SETTLE_MS, pressViaOf, snapshotOf } from './press-guard.ts';
import type { Press, PressGuard } from './press-guard.ts';

const T0 = Date.UTC(2026, 10, 26, 8, 0, 0);
const setup = {
  timeZone: 'Europe/Berlin',
  errands: [{ id: 'ausweis', letter: 'A', name: { de: 'Personalausweis' } }],
  places: [{ id: 'p1', name: 'Platz 1' }],
};
const ticket = (n: number): Ticket => ({
  id: `a${n}`,
  day: '2026-11-26',
  letter: 'A',
  number: n,
  errandId: 'ausweis',
  status: 'waiting',
  drawnAt: T0,
  queuedAt: T0,
  placeId: null,
  targetPlaceId: null,
  firstCalledAt: null,
  calledAt: null,
  finishedAt: null,
  calls: 0,
});
const at = (placeId = 'p1', ticketId = 'a1') => ({ at: T0, placeId, ticketId });

/** The office after these events: A 1 and A 2 drawn, then whatever follows. */
const office = (...events: DomainEvent[]): OfficeState =>
  evolveAll(initialState(setup, '2026-11-26'), [
    { type: 'TicketDrawn', at: T0, ticket: ticket(1) },
    { type: 'TicketDrawn', at: T0, ticket: ticket(2) },
    ...events,
  ]);
const idle = office();
const called = office({ type: 'TicketCalled', outOfTurn: false, ...at() });
const recalled = office(
  { type: 'TicketCalled', outOfTurn: false, ...at() },
  { type: 'TicketRecalled', ...at() },
);
const done = office({ type: 'TicketCalled', outOfTurn: false, ...at() }, { type: 'TicketServed', ...at() });

const shownIn = (state: OfficeState): string => snapshotOf(state, 'p1').shown;
const press = (state: OfficeState, atMs: number, more: Partial<Press> = {}): Press => ({
  shown: shownIn(state),
  via: 'key',
  serving: false,
  at: atMs,
  ...more,
});

/** Lets the presses through the guard in turn, the place changing as given; returns which acted. */
function run(
  steps: readonly ({ see: OfficeState; at: number } | Press)[],
  start: OfficeState = idle,
): boolean[] {
  let guard: PressGuard = openGuard(snapshotOf(start, 'p1'));
  const acted: boolean[] = [];
  for (const step of steps) {
    if ('see' in step) {
      guard = observe(guard, snapshotOf(step.see, 'p1'), step.at);
      continue;
    }
    const result = admit(guard, step);
    guard = result.guard;
    acted.push(result.allowed);
  }
  return acted;
}

describe('one press, one action', () => {
  it('drops a second call key press that arrives after the first one called a number', () => {
    // Space calls A 1; the hub's events arrive 40 ms later; Space again at 300 ms aims at the idle screen.
    expect(run([press(idle, 0), { see: called, at: 40 }, press(idle, 300)])).toEqual([true, false]);
  });

  it('drops a serving press right after the press that changed the place, by key or by click', () => {
    const steps = [press(idle, 0, { via: 'pointer' }), { see: called, at: 40 }];
    expect(run([...steps, press(called, 300, { via: 'pointer', serving: true })])).toEqual([true, false]);
    expect(run([...steps, press(called, 300, { serving: true })])).toEqual([true, false]);
  });

  it('lets the clerk act once the settle time after the change has passed', () => {
    const steps = [press(idle, 0), { see: called, at: 40 }];
    expect(run([...steps, press(called, 40 + PRESS_SETTLE_MS, { serving: true })])).toEqual([true, true]);
    expect(run([...steps, press(called, PRESS_SETTLE_MS, { via: 'pointer', serving: true })])).toEqual([
      true,
      true,
    ]);
  });

  it('takes no serving key within the settle time of a call, also of a call made elsewhere', () => {
    const early = run([
      { see: called, at: 5000 },
      press(called, 5000 + PRESS_SETTLE_MS - 1, { serving: true }),
    ]);
    const later = run([{ see: called, at: 5000 }, press(called, 5000 + PRESS_SETTLE_MS, { serving: true })]);
    expect([early, later]).toEqual([[false], [true]]);
  });

  it('counts a recall as a new call', () => {
    const steps = [
      { see: called, at: 0 },
      { see: recalled, at: 5000 },
    ];
    expect(run([...steps, press(recalled, 5500, { serving: true })])).toEqual([false]);
    expect(run([...steps, press(recalled, 6000, { serving: true })])).toEqual([true]);
  });

  it('lets a click act on a call it did not follow, at once', () => {
    expect(run([{ see: called, at: 5000 }, press(called, 5001, { via: 'pointer', serving: true })])).toEqual([
      true,
    ]);
  });

  it('does not hold back the call that was already there when the screen opened', () => {
    expect(run([press(called, 0, { serving: true })], called)).toEqual([true]);
  });

  it('drops a press made on a picture the hub has already moved past', () => {
    // The button was drawn while A 1 was served; the hub has since finished it.
    expect(
      run([{ see: done, at: 0 }, press(called, 5000, { via: 'pointer', serving: true })], called),
    ).toEqual([false]);
  });

  it('repeats an action on an unchanged place without delay (e.g. after a refusal)', () => {
    expect(run([press(idle, 0), press(idle, 100)])).toEqual([true, true]);
  });

  it('does not let a dropped press reopen the window for a third one', () => {
    const steps = [press(idle, 0, { via: 'pointer' }), { see: called, at: 40 }];
    expect(
      run([
        ...steps,
        press(called, 300, { via: 'pointer', serving: true }),
        press(called, 600, { via: 'pointer', serving: true }),
      ]),
    ).toEqual([true, false, false]);
  });
});

describe('the picture a press acts on', () => {
  it('changes with the ticket in hand, its calls and the pause, and names the call being served', () => {
    const paused = evolveAll(idle, [{ type: 'PlacePaused', at: T0, placeId: 'p1' }]);
    const shown = [idle, called, recalled, paused].map(shownIn);
    expect(new Set(shown).size).toBe(shown.length);
    // Finished is idle again: what a press can do there is the same.
    expect(shownIn(done)).toBe(shownIn(idle));
    expect(snapshotOf(called, 'p1').call).toBe('a1·1');
    expect(snapshotOf(recalled, 'p1').call).toBe('a1·2');
    expect(snapshotOf(done, 'p1').call).toBeNull();
  });

  it('ignores what does not concern the place: a new number drawn, another place calling', () => {
    const busier = evolveAll(called, [{ type: 'TicketDrawn', at: T0, ticket: ticket(3) }]);
    expect(shownIn(busier)).toBe(shownIn(called));
    expect(snapshotOf(null, 'p1').shown).toBe(shownIn(idle));
  });

  it('tells a keyboard click from a mouse click by the click count', () => {
    expect([pressViaOf({ detail: 0 }), pressViaOf({ detail: 1 }), pressViaOf({ detail: 2 })]).toEqual([
      'key',
      'pointer',
      'pointer',
    ]);
  });
});
