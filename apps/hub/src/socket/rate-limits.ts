import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Draws one kiosk may make per minute: a queue of visitors draws a few; a stuck key draws hundreds. */
  readonly drawsPerMinute?: number;
  /** Follow-page connections per address and minute. */
  readonly followPerMinute?: number;
  /** Wrong pairing codes or admin secrets per address within ten minutes. */
  readonly authFailures?: number;
}

export interface RateLimits {
  /** True when the key may go on; counts one use. */
  allowDraw(key: string): Promise<boolean>;
  allowFollow(address: string): Promise<boolean>;
  /** True while an address has failures left; `fail` counts one. */
  authBlocked(address: string): Promise<boolean>;
  authFailed(address: string): Promise<void>;
}

const consume = (limiter: RateLimiterMemory, key: string): Promise<boolean> =>
  limiter.consume(key).then(
    () => true,
    () => false,
  );

export function createRateLimits(options: RateLimitOptions = {}): RateLimits {
  const draws = new RateLimiterMemory({ points: options.drawsPerMinute ?? 30, duration: 60 });
  const follow = new RateLimiterMemory({ points: options.followPerMinute ?? 60, duration: 60 });
  const failures = new RateLimiterMemory({ points: options.authFailures ?? 10, duration: 600 });
  return {
    allowDraw: (key) => consume(draws, key),
    allowFollow: (address) => consume(follow, address),
    authBlocked: async (address) => {
      const state = await failures.get(address);
      return state !== null && state.remainingPoints <= 0;
    },
    authFailed: async (address) => {
      await failures.consume(address).catch(() => undefined);
    },
  };
}
