import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCounterPresence } from './counter-presence.ts';

describe('counter presence', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('reports a place once its last counter has been gone for the grace, not after a reload', () => {
    const gone: string[] = [];
    const presence = createCounterPresence({ graceMs: 60_000, onGone: (placeId) => gone.push(placeId) });
    presence.at('a', 'platz-1');
    presence.at('b', 'platz-1');
    presence.at('c', 'platz-2');
    presence.left('a');
    vi.advanceTimersByTime(120_000);
    expect(gone).toEqual([]); // b is still there
    presence.left('b');
    vi.advanceTimersByTime(30_000);
    presence.at('b2', 'platz-1'); // the page reloaded
    vi.advanceTimersByTime(60_000);
    expect(gone).toEqual([]);
    presence.left('c');
    vi.advanceTimersByTime(60_000);
    expect(gone).toEqual(['platz-2']);
  });

  it('gives places staffed before a restart the grace to see their counters again', () => {
    const gone: string[] = [];
    const presence = createCounterPresence({ graceMs: 60_000, onGone: (placeId) => gone.push(placeId) });
    presence.expect(['platz-1', 'platz-3']);
    presence.at('a', 'platz-1');
    vi.advanceTimersByTime(60_000);
    expect(gone).toEqual(['platz-3']);
    presence.close();
  });

  it('counts a counter that moves to another place as gone from the first', () => {
    const gone: string[] = [];
    const presence = createCounterPresence({ graceMs: 1000, onGone: (placeId) => gone.push(placeId) });
    presence.at('a', 'platz-1');
    presence.at('a', 'platz-2');
    vi.advanceTimersByTime(1000);
    expect(gone).toEqual(['platz-1']);
  });
});
