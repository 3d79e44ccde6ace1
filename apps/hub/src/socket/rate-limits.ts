import { RateLimiterMemory } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Draws one kiosk may make per minute: a queue of visitors draws a few; a stuck key draws hundreds. */
  readonly drawsPerMinute?: number;
  /** Follow-page connections per address and minute. */
  readonly followPerMinute?: number;
  /** Wrong credentials of one kind per address within ten minutes. */
  readonly authFailures?: number;
}

/**
 * What a client proves itself with. Failures are counted per kind, so ten wrong follow tokens do not
 * lock out the admin secret or a kiosk's token from the same address (behind a proxy: every phone).
 */
export type CredentialKind = 'device-token' | 'follow-token' | 'admin-secret' | 'pairing-code';

/**
 * Guessable credentials (a secret people choose, an 8-character pairing code) are not even checked
 * while their address is blocked: that is what slows guessing. Tokens of about 131 random bits cannot
 * be guessed, so a valid one always gets in; their failures are counted to refuse a flood.
 */
const guessable: ReadonlySet<CredentialKind> = new Set(['admin-secret', 'pairing-code']);

export interface RateLimits {
  /** True when the key may go on; counts one use. */
  allowDraw(key: string): Promise<boolean>;
  allowFollow(address: string): Promise<boolean>;
  /** False while a guessable kind is blocked for the address: refuse without checking the credential. */
  mayCheck(kind: CredentialKind, address: string): Promise<boolean>;
  /** Counts a wrong credential; true when the address has now used up its attempts of that kind. */
  failed(kind: CredentialKind, address: string): Promise<boolean>;
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
  const blocked = async (key: string): Promise<boolean> => {
    const state = await failures.get(key);
    return state !== null && state.remainingPoints <= 0;
  };
  return {
    allowDraw: (key) => consume(draws, key),
    allowFollow: (address) => consume(follow, address),
    mayCheck: async (kind, address) => !guessable.has(kind) || !(await blocked(`${kind}:${address}`)),
    failed: async (kind, address) => !(await consume(failures, `${kind}:${address}`)),
  };
}
