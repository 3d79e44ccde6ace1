import type { Ticket } from './model.ts';

/**
 * Queue order: queued earlier first. Two kiosks can draw in the same millisecond, so ties fall back
 * to the running number and finally the id: every screen and the hub must agree on one order.
 */
export const byQueueOrder = (a: Ticket, b: Ticket): number =>
  a.queuedAt - b.queuedAt ||
  a.drawnAt - b.drawnAt ||
  a.number - b.number ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
