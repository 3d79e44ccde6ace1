import { describe, expect, it } from 'vitest';
import { createBackoff, createPause } from './backoff.ts';

describe('retry delays', () => {
  it('double from half a second up to thirty, then stay there', () => {
    const backoff = createBackoff({ random: () => 0.5 });
    const delays = Array.from({ length: 10 }, () => backoff.next());
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it('are jittered either way, and still grow from one to the next', () => {
    const low = createBackoff({ random: () => 0 });
    const high = createBackoff({ random: () => 0.999_999 });
    expect([low.next(), low.next(), low.next()]).toEqual([400, 800, 1600]);
    expect([high.next(), high.next(), high.next()]).toEqual([600, 1200, 2400]);
    // The worst case for growth: a delay jittered up, then the next one jittered down.
    let call = 0;
    const mixed = createBackoff({ random: () => (call++ % 2 === 0 ? 0.999_999 : 0) });
    const delays = Array.from({ length: 6 }, () => mixed.next());
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThan(delays[i - 1] ?? 0);
  });

  it('start again from the first delay after a success', () => {
    const backoff = createBackoff({ random: () => 0.5, firstMs: 100, maxMs: 400 });
    expect([backoff.next(), backoff.next(), backoff.next(), backoff.next()]).toEqual([100, 200, 400, 400]);
    backoff.reset();
    expect(backoff.next()).toBe(100);
  });

  it('can be cut short when the client closes, so no timer outlives it', async () => {
    const pause = createPause();
    const started = performance.now();
    const waiting = pause.wait(60_000);
    pause.wake();
    await waiting;
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
