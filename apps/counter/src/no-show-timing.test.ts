import { defaultCallingRules } from '@aufruf/core';
import type { Ticket } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { noShowOpensAt, noShowWaiting } from './no-show-timing.ts';

const CALLED = Date.UTC(2026, 10, 26, 9, 27, 10);
const ticket: Ticket = {
  id: 'a1',
  day: '2026-11-26',
  letter: 'A',
  number: 1,
  errandId: 'ausweis',
  status: 'called',
  drawnAt: CALLED - 600_000,
  queuedAt: CALLED - 600_000,
  placeId: 'p1',
  targetPlaceId: null,
  firstCalledAt: CALLED,
  calledAt: CALLED + 45_000,
  finishedAt: null,
  calls: 2,
};
const after = (seconds: number) => ({ ...defaultCallingRules, noShowAfterSeconds: seconds });

describe('"Nicht erschienen" follows its setting', () => {
  it('is possible at once with 0, whatever any clock says', () => {
    expect(noShowOpensAt(ticket, after(0))).toBeNull();
    // A screen whose idea of the hub's time lags by minutes still may not wait.
    expect(noShowWaiting(noShowOpensAt(ticket, after(0)), CALLED - 300_000)).toBe(false);
  });

  it('opens N seconds after the first call, not after a recall', () => {
    const opensAt = noShowOpensAt(ticket, after(30));
    expect(opensAt).toBe(CALLED + 30_000);
    expect(noShowWaiting(opensAt, CALLED + 29_999)).toBe(true);
    expect(noShowWaiting(opensAt, CALLED + 30_000)).toBe(false);
  });

  it('has nothing to wait for while no number is served', () => {
    expect(noShowOpensAt(undefined, after(30))).toBeNull();
  });
});
