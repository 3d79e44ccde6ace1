import type { Ack } from '@aufruf/protocol';

/** How long a visitor's draw keeps trying while the hub is away (a restart takes a few seconds). */
export const DRAW_PATIENCE_MS = 60_000;
const PAUSE_MS = 1000;

/**
 * Sends one draw until the hub answers or patience runs out. `send` always carries the same request
 * id, and the hub answers a repeated id from its store: however often this tries, the visitor gets
 * one number, and a number drawn before the link broke is the one shown, not lost.
 */
export async function drawPatiently<T>(
  send: () => Promise<Ack<T>>,
  { patienceMs = DRAW_PATIENCE_MS, pauseMs = PAUSE_MS, now = Date.now } = {},
): Promise<Ack<T>> {
  const deadline = now() + patienceMs;
  for (;;) {
    const reply = await send();
    if (reply.ok || reply.error.code !== 'unreachable' || now() >= deadline) return reply;
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}
