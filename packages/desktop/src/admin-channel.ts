// Shared by main and the admin prompt's preload, which may import nothing but Electron: no code here.
import type { Ack } from '@aufruf/protocol';

/** The admin prompt's one IPC channel: the secret typed in, to be checked by main against the hub. */
export const adminChannels = { unlock: 'terminal:admin-unlock' } as const;

/** What became of a secret typed into the admin prompt. */
export type UnlockVerdict = 'accepted' | 'refused' | 'rate-limited' | 'unreachable';

/** What the prompt page sees as `window.aufrufAdmin`. */
export interface AdminBridge {
  unlock(secret: string): Promise<Ack<UnlockVerdict>>;
}
