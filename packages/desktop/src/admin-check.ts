import type { UnlockVerdict } from './admin-channel.ts';

/** An admin route that only reads: the admin page signs in with the same request. */
export const adminCheckPath = '/api/admin/devices';

export interface AdminCheckOptions {
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
}

/**
 * Asks the hub whether `secret` is its admin secret, from the main process: the hub alone knows it (it
 * stores a hash), and it counts wrong guesses per address, so the terminal cannot be used to try many.
 */
export async function checkAdminSecret(
  hubUrl: string,
  secret: string,
  { fetch: fetchFn = fetch, timeoutMs = 5000 }: AdminCheckOptions = {},
): Promise<UnlockVerdict> {
  try {
    const response = await fetchFn(new URL(adminCheckPath, hubUrl), {
      headers: { authorization: `Bearer ${secret}` },
      // The secret goes to the configured hub and nowhere a redirect might point.
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    if (response.status === 200) return 'accepted';
    if (response.status === 401 || response.status === 403) return 'refused';
    if (response.status === 429) return 'rate-limited';
    return 'unreachable';
  } catch {
    return 'unreachable';
  }
}
