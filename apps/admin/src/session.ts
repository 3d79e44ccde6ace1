import { createHubClient } from '@aufruf/client';
import type { HubClient } from '@aufruf/client';

// sessionStorage, not localStorage: the admin key is gone when the browser window is closed.
const SECRET_KEY = 'aufruf.admin-secret';

/** A signed-in administration: the admin key for the HTTP API and the live admin connection. */
export interface Session {
  readonly secret: string;
  readonly client: HubClient;
}

function storedSecret(): string | null {
  try {
    return globalThis.sessionStorage?.getItem(SECRET_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Keeps the (verified) key for this window and connects the live socket with it. */
export function openSession(secret: string): Session {
  try {
    globalThis.sessionStorage?.setItem(SECRET_KEY, secret);
  } catch {
    // Storage refused (private mode): the session lasts until the page is reloaded.
  }
  return { secret, client: createHubClient({ auth: () => ({ admin: secret }) }) };
}

/** The session of this window after a reload, if the key is still stored. */
export function restoreSession(): Session | null {
  const secret = storedSecret();
  return secret ? openSession(secret) : null;
}

/** Signs out: closes the socket and forgets the key. */
export function closeSession(session: Session | null): void {
  session?.client.close();
  try {
    globalThis.sessionStorage?.removeItem(SECRET_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
