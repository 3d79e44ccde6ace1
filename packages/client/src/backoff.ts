/** How a failing request is retried: the first delay, doubling up to the last, each one jittered. */
export interface BackoffOptions {
  /** The first delay, in ms (0.5 s by default). */
  readonly firstMs?: number;
  /** No delay grows beyond this, before jitter (30 s by default). */
  readonly maxMs?: number;
  /** Each delay is moved by up to this share either way (0.2: ±20 %), so pages left open do not retry in step. */
  readonly jitter?: number;
  /** A number in [0, 1): Math.random unless a test fixes it. */
  readonly random?: () => number;
}

export interface Backoff {
  /** The delay before the next attempt; each call grows it. */
  readonly next: () => number;
  /** After a success: the next failure starts from the first delay again. */
  readonly reset: () => void;
}

/**
 * Growing delays for retrying something that failed (0.5 s, 1 s, 2 s … 30 s, ± jitter): a request that
 * keeps failing (a hub mid-upgrade, a reply this page cannot read) is retried, but never in a tight loop.
 */
export function createBackoff(options: BackoffOptions = {}): Backoff {
  const firstMs = options.firstMs ?? 500;
  const maxMs = options.maxMs ?? 30_000;
  const jitter = options.jitter ?? 0.2;
  const random = options.random ?? Math.random;
  let failures = 0;
  return {
    next: () => {
      const base = Math.min(maxMs, firstMs * 2 ** failures);
      // Stop doubling once the cap is reached; the count need not grow without end.
      if (base < maxMs) failures += 1;
      return Math.round(base * (1 - jitter + 2 * jitter * random()));
    },
    reset: () => {
      failures = 0;
    },
  };
}

/** A pause between two attempts that closing the client can cut short, so no timer outlives it. */
export interface Pause {
  readonly wait: (ms: number) => Promise<void>;
  /** Ends a pause under way at once. */
  readonly wake: () => void;
}

export function createPause(): Pause {
  let wake: (() => void) | null = null;
  return {
    wait: (ms) =>
      new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        wake = done;
        function done(): void {
          clearTimeout(timer);
          wake = null;
          resolve();
        }
      }),
    wake: () => wake?.(),
  };
}
