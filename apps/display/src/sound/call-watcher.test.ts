import type { CallRecord } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { CATCH_UP_MS, CallWatcher } from './call-watcher.ts';

const record = (ticketId: string, at: number, recall = false): CallRecord => ({
  ticketId,
  placeId: 'platz-1',
  at,
  recall,
});

describe('which calls are new', () => {
  it('takes the first picture as history', () => {
    const watcher = new CallWatcher();
    expect(watcher.update([record('a', 900), record('b', 990)], 1000)).toEqual([]);
  });

  it('announces a new call once, and a recall of it again', () => {
    const watcher = new CallWatcher();
    const history = [record('a', 900)];
    watcher.update(history, 1000);
    const called = [...history, record('b', 1100)];
    expect(watcher.update(called, 1100)).toEqual([record('b', 1100)]);
    expect(watcher.update([...called], 1200)).toEqual([]);
    const recalled = [...called, record('b', 1300, true)];
    expect(watcher.update(recalled, 1300)).toEqual([record('b', 1300, true)]);
  });

  it('announces nothing twice after a resync that brings the same calls', () => {
    const watcher = new CallWatcher();
    watcher.update([], 1000);
    watcher.update([record('a', 1100)], 1100);
    expect(
      watcher.update(
        [record('a', 1100)].map((c) => ({ ...c })),
        5000,
      ),
    ).toEqual([]);
  });

  it('never announces a call from before the page started, even if it first sees it later', () => {
    const watcher = new CallWatcher();
    watcher.update([], 1000);
    expect(watcher.update([record('old', 999)], 1500)).toEqual([]);
  });

  it('after an outage, announces what was missed only if it is recent', () => {
    const watcher = new CallWatcher();
    watcher.update([], 1000);
    const now = 1000 + 10 * CATCH_UP_MS;
    const missed = [record('long-ago', now - CATCH_UP_MS - 1), record('just-now', now - 5000)];
    expect(watcher.update(missed, now)).toEqual([record('just-now', now - 5000)]);
  });
});
