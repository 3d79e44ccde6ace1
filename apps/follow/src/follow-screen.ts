import type { FollowState } from '@aufruf/client/follow';
import type { FollowView } from '@aufruf/protocol';

/** Each state changes the whole screen; a finished ticket says how it ended. */
export type Screen =
  | 'connecting'
  | 'not-current'
  | 'waiting'
  | 'come-back'
  | 'called'
  | 'served'
  | 'no-show'
  | 'expired'
  /** The office head cancelled the number ("Stornieren"). */
  | 'cancelled'
  /** The office closed the day early ("Tag schließen"). */
  | 'day-closed';

/** Which screen the page shows for what it knows. The last view stays on screen while offline. */
export function screenOf(state: FollowState): Screen {
  if (state.status === 'unknown') return 'not-current';
  const view = state.view;
  if (!view) return 'connecting';
  switch (view.ticket.status) {
    case 'waiting':
      return view.returnNow ? 'come-back' : 'waiting';
    case 'called':
      return 'called';
    case 'served':
      return 'served';
    case 'no-show':
      return 'no-show';
    case 'expired':
      return view.ticket.endCause ?? 'expired';
  }
}

export type Alert = 'call' | 'come-back';

/**
 * Whether a new view should sound and vibrate: every call and every recall (its call count grows), and
 * the moment the ticket comes close enough to return. A view that only repeats what the page already
 * showed (a resync after a reconnect) stays quiet, and so does opening the page inside the waiting room.
 */
export function alertFor(previous: FollowView | null, next: FollowView): Alert | null {
  const sameTicket = previous?.ticket.id === next.ticket.id;
  if (next.ticket.status === 'called') {
    const wasCalledAlready =
      sameTicket && previous.ticket.status === 'called' && previous.ticket.calls >= next.ticket.calls;
    return wasCalledAlready ? null : 'call';
  }
  if (next.ticket.status === 'waiting' && next.returnNow && sameTicket) {
    return previous.ticket.status === 'waiting' && !previous.returnNow ? 'come-back' : null;
  }
  return null;
}
