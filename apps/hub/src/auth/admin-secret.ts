import type { Settings } from '@aufruf/store';
import { hashSecret, newAdminSecret, verifySecret } from './secrets.ts';

const KEY = 'admin_secret';

export interface AdminSecret {
  verify(secret: string): boolean;
  /** The secret made at this start, to be shown once; null when it was configured or made before. */
  readonly generated: string | null;
}

/**
 * The admin's key to the hub. A configured secret wins; otherwise the first start makes one, stores
 * only its hash and hands it out once for the log. Losing it means: delete the setting, restart.
 */
export function adminSecret(settings: Settings, configured: string | undefined): AdminSecret {
  if (configured !== undefined) {
    const hash = hashSecret(configured);
    return { verify: (secret) => verifySecret(secret, hash), generated: null };
  }
  let stored = settings.get(KEY);
  let generated: string | null = null;
  if (stored === undefined) {
    generated = newAdminSecret();
    stored = hashSecret(generated);
    settings.set(KEY, stored);
  }
  const hash = stored;
  return { verify: (secret) => verifySecret(secret, hash), generated };
}
