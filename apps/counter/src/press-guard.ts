import type { OfficeState } from '@aufruf/core';

/**
 * A press this soon after the screen changed was aimed at the screen before (a double press, a bouncing
 * key, a second click landing on the button that just replaced the first), so it does nothing.
 */
export const PRESS_SETTLE_MS = 1000;

/** `key`: a shortcut, or Space/Enter on a focused button; `pointer`: a mouse or touch click. */
export type PressVia = 'key' | 'pointer';

/** A click the keyboard made (Space or Enter on a focused button) has no click count. */
export const pressViaOf = (event: { readonly detail: number }): PressVia =>
  event.detail === 0 ? 'key' : 'pointer';

/** What a press acts on, as the screen showed it. */
export interface PlaceSnapshot {
  /** Everything a press may depend on: the ticket in hand, how often it was called, the pause. */
  readonly shown: string;
  /** The call being served ("ticket · number of calls"), or null while nothing is. */
  readonly call: string | null;
}

export interface Press {
  /** The snapshot's `shown` as rendered where the press was made. */
  readonly shown: string;
  readonly via: PressVia;
  /** Acts on the number being served: done, recall, no-show, put back, transfer. */
  readonly serving: boolean;
  readonly at: number;
}

export interface PressGuard {
  readonly current: PlaceSnapshot;
  /** When the current call appeared on this screen; -Infinity if it was there when the screen opened. */
  readonly callSeenAt: number;
  /** The last press that was let through. */
  readonly lastPress: { readonly at: number; readonly shown: string } | null;
}

/** The place as a press sees it; a missing place reads as idle. */
export function snapshotOf(state: OfficeState | null, placeId: string): PlaceSnapshot {
  const place = state?.places[placeId];
  const ticket = place?.ticketId ? state?.tickets.get(place.ticketId) : undefined;
  const call = ticket && ticket.status === 'called' ? `${ticket.id}·${ticket.calls}` : null;
  const held = place?.ticketId ? `${place.ticketId}·${ticket?.status ?? '?'}·${ticket?.calls ?? 0}` : '-';
  return { shown: `${held}|${place?.paused ? 'paused' : 'open'}`, call };
}

/** A guard for a screen that opens showing `snapshot`. */
export const openGuard = (snapshot: PlaceSnapshot): PressGuard => ({
  current: snapshot,
  callSeenAt: Number.NEGATIVE_INFINITY,
  lastPress: null,
});

/** Notes what the place looks like now; a new call starts its settle time at `at`. */
export function observe(guard: PressGuard, snapshot: PlaceSnapshot, at: number): PressGuard {
  if (snapshot.shown === guard.current.shown && snapshot.call === guard.current.call) return guard;
  const newCall = snapshot.call !== null && snapshot.call !== guard.current.call;
  return { ...guard, current: snapshot, callSeenAt: newCall ? at : guard.callSeenAt };
}

/**
 * Whether a press may act, and the guard after it. A press is dropped when the place changed since the
 * screen it was made on was drawn, when it follows a let-through press within the settle time and the
 * place changed in between, or when it is a key acting on a call that appeared less than the settle time
 * ago.
 */
export function admit(
  guard: PressGuard,
  press: Press,
): { readonly allowed: boolean; readonly guard: PressGuard } {
  const stale = press.shown !== guard.current.shown;
  const last = guard.lastPress;
  const second = last !== null && last.shown !== guard.current.shown && press.at - last.at < PRESS_SETTLE_MS;
  const early = press.via === 'key' && press.serving && press.at - guard.callSeenAt < PRESS_SETTLE_MS;
  if (stale || second || early) return { allowed: false, guard };
  return { allowed: true, guard: { ...guard, lastPress: { at: press.at, shown: press.shown } } };
}
