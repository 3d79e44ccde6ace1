import type { CallView, Ticket } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { CURRENT_WINDOW_MS, MOST_CURRENT, shownCalls } from './current-calls.ts';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 2, 5, 9, 0);
const FIFTEEN_MINUTES = { newestForMs: 15 * MINUTE };

const ticket = (letter: string, number: number): Ticket => ({
  id: `${letter}${number}`,
  day: '2026-03-05',
  letter,
  number,
  errandId: 'ausweis',
  status: 'called',
  drawnAt: NOW - 20 * MINUTE,
  queuedAt: NOW - 20 * MINUTE,
  placeId: null,
  targetPlaceId: null,
  firstCalledAt: null,
  calledAt: null,
  finishedAt: null,
  calls: 1,
});

/** A call `ago` ms before now; listed newest first, as recentCalls gives them. */
const call = (name: string, place: number, ago: number, recall = false): CallView => ({
  ticket: ticket(name.slice(0, 1), Number(name.slice(1))),
  placeId: `platz-${place}`,
  at: NOW - ago,
  recall,
});

const names = (calls: readonly CallView[]): string[] => calls.map((c) => `${c.ticket.id}@${c.placeId}`);

describe('which calls the display shows as current', () => {
  it('shows every place that called in the last moments, newest first', () => {
    const calls = [call('A3', 3, 1_000), call('A2', 2, 3_000), call('A1', 1, 5_000), call('M1', 4, 40_000)];
    const shown = shownCalls(calls, { now: NOW, ...FIFTEEN_MINUTES });
    expect(names(shown.current)).toEqual(['A3@platz-3', 'A2@platz-2', 'A1@platz-1']);
    expect(names(shown.earlier)).toEqual(['M1@platz-4']);
  });

  it('moves the others to the list once the window has passed, and keeps the newest', () => {
    const calls = [call('A3', 3, 0), call('A2', 2, 2_000), call('A1', 1, 4_000)];
    const later = NOW + CURRENT_WINDOW_MS - 3_000; // A2 is 29 s old, A1 31 s
    expect(names(shownCalls(calls, { now: later, ...FIFTEEN_MINUTES }).current)).toEqual([
      'A3@platz-3',
      'A2@platz-2',
    ]);
    const after = shownCalls(calls, { now: NOW + CURRENT_WINDOW_MS + 1, ...FIFTEEN_MINUTES });
    expect(names(after.current)).toEqual(['A3@platz-3']);
    expect(names(after.earlier)).toEqual(['A2@platz-2', 'A1@platz-1']);
  });

  it('keeps the newest call current for ?currentFor=, then shows none', () => {
    const calls = [call('A1', 1, 0)];
    expect(shownCalls(calls, { now: NOW + 15 * MINUTE, ...FIFTEEN_MINUTES }).current).toHaveLength(1);
    const quiet = shownCalls(calls, { now: NOW + 15 * MINUTE + 1, ...FIFTEEN_MINUTES });
    expect(quiet.current).toEqual([]);
    expect(names(quiet.earlier)).toEqual(['A1@platz-1']);
  });

  it('never keeps a call current longer than ?currentFor=, even when that is shorter than the window', () => {
    const calls = [call('A2', 2, 2_000), call('A1', 1, 4_000)];
    const shown = shownCalls(calls, { now: NOW, newestForMs: 3_000 });
    expect(names(shown.current)).toEqual(['A2@platz-2']);
    expect(shownCalls(calls, { now: NOW + 1_001, newestForMs: 3_000 }).current).toEqual([]);
  });

  it('shows one card per place: a place that calls again replaces its own older card', () => {
    const calls = [call('A2', 1, 1_000), call('M1', 2, 3_000), call('A1', 1, 6_000)];
    const shown = shownCalls(calls, { now: NOW, ...FIFTEEN_MINUTES });
    expect(names(shown.current)).toEqual(['A2@platz-1', 'M1@platz-2']);
    expect(names(shown.earlier)).toEqual(['A1@platz-1']);
  });

  it('makes a recalled number current again, as the newest', () => {
    // recentCalls lists a recalled ticket once, at the time of the recall.
    const calls = [call('A1', 1, 0, true), call('A2', 2, 50_000)];
    const shown = shownCalls(calls, { now: NOW, ...FIFTEEN_MINUTES });
    expect(shown.current.map((c) => [c.ticket.id, c.recall])).toEqual([['A1', true]]);
    expect(names(shown.earlier)).toEqual(['A2@platz-2']);
  });

  it('holds at most four cards; older calls of the moment go straight to the list', () => {
    const calls = [1, 2, 3, 4, 5, 6].map((n) => call(`A${7 - n}`, 7 - n, n * 1_000));
    const shown = shownCalls(calls, { now: NOW, ...FIFTEEN_MINUTES });
    expect(shown.current).toHaveLength(MOST_CURRENT);
    expect(names(shown.current)).toEqual(['A6@platz-6', 'A5@platz-5', 'A4@platz-4', 'A3@platz-3']);
    expect(names(shown.earlier)).toEqual(['A2@platz-2', 'A1@platz-1']);
  });

  it('takes a call stamped a moment ahead of this screen’s clock as current', () => {
    const shown = shownCalls([call('A1', 1, -800)], { now: NOW, ...FIFTEEN_MINUTES });
    expect(names(shown.current)).toEqual(['A1@platz-1']);
  });

  it('shows nothing as current before the first call', () => {
    expect(shownCalls([], { now: NOW, ...FIFTEEN_MINUTES })).toEqual({ current: [], earlier: [] });
  });
});
