import { apiErrorBodySchema, pairReplySchema } from '@aufruf/protocol';
import type { ApiErrorCode, DeviceRole, HandshakeAuth, PairReply } from '@aufruf/protocol';

const TOKEN_KEY = 'aufruf.device-token';

/** The token this browser was paired with, if any (kept in localStorage: it survives restarts). */
export function storedDeviceToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

/**
 * What a device presents to the hub: its token once paired; before that its role, which only a hub in
 * demo mode accepts (a production hub answers "pairing-required" and the page asks for a code).
 */
export const deviceAuth = (role: Exclude<DeviceRole, 'admin'>) => (): HandshakeAuth => {
  const token = storedDeviceToken();
  return token ? { token } : { demo: role };
};

/** A pairing, or why not as a code the pairing screen words in its own language. */
export type PairOutcome =
  { readonly ok: true; readonly reply: PairReply } | { readonly ok: false; readonly code: ApiErrorCode };

/** Pairs this browser with a code from the admin and keeps the token it gets. */
export async function pairDevice(code: string, base = ''): Promise<PairOutcome> {
  let response: Response;
  try {
    response = await fetch(`${base}/api/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
  } catch {
    return { ok: false, code: 'unreachable' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const refused = apiErrorBodySchema.safeParse(body);
    return { ok: false, code: refused.success ? refused.data.error.code : 'invalid-reply' };
  }
  const paired = pairReplySchema.safeParse(body);
  if (!paired.success) return { ok: false, code: 'invalid-reply' };
  globalThis.localStorage?.setItem(TOKEN_KEY, paired.data.token);
  return { ok: true, reply: paired.data };
}

/** Forgets the pairing (a revoked device starts over). */
export function forgetDevice(): void {
  try {
    globalThis.localStorage?.removeItem(TOKEN_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
