import type { DeviceRole, HandshakeAuth, PairReply } from '@aufruf/protocol';

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

export type PairOutcome = { ok: true; reply: PairReply } | { ok: false; message: string };

/** Pairs this browser with a code from the admin and keeps the token it gets. */
export async function pairDevice(code: string, base = ''): Promise<PairOutcome> {
  try {
    const response = await fetch(`${base}/api/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const body = (await response.json()) as { error?: { message?: string } } & Partial<PairReply>;
    if (!response.ok || typeof body.token !== 'string' || !body.identity) {
      return { ok: false, message: body.error?.message ?? 'Die Kopplung ist fehlgeschlagen.' };
    }
    globalThis.localStorage?.setItem(TOKEN_KEY, body.token);
    return { ok: true, reply: { token: body.token, identity: body.identity } };
  } catch {
    return { ok: false, message: 'Der Server ist nicht erreichbar.' };
  }
}

/** Forgets the pairing (a revoked device starts over). */
export function forgetDevice(): void {
  try {
    globalThis.localStorage?.removeItem(TOKEN_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
