import type { Forecast, Outlook } from './estimate.ts';
import type { Ticket } from './model.ts';

/**
 * When a waiting visitor is asked to come back: when at most this many people are ahead, or the
 * expected wait is at most this many minutes. The office sets it (`follow` in the configuration).
 */
export interface NearRule {
  readonly returnWhenAhead: number;
  readonly returnWhenMinutes: number;
}

export const defaultNearRule: NearRule = { returnWhenAhead: 3, returnWhenMinutes: 10 };

/** What a visitor is told about their ticket, on the phone and wherever else it is shown. */
export type VisitorStatus =
  /** Waiting: far (they may stay away) or near (they should come back now). */
  | ({ readonly phase: 'far' | 'near' } & Outlook)
  | { readonly phase: 'called'; readonly placeId: string | null }
  | { readonly phase: 'served' | 'no-show' | 'expired' };

/** Whether a waiting visitor with this outlook should come back now. */
export const isNear = (outlook: Outlook, rule: NearRule): boolean =>
  outlook.ahead <= rule.returnWhenAhead ||
  (outlook.estimate !== null && outlook.estimate.expectedMinutes <= rule.returnWhenMinutes);

/** The one place that decides what a visitor is told: position, wait and state of their ticket. */
export function visitorStatus(forecast: Forecast, ticket: Ticket, rule: NearRule): VisitorStatus {
  switch (ticket.status) {
    case 'waiting': {
      const outlook = forecast.waiting(ticket.id);
      // Every waiting ticket is in the forecast of its own state; a forecast of another state must
      // not send anyone back on a guess.
      if (!outlook) return { phase: 'far', ahead: 0, estimate: null };
      return { phase: isNear(outlook, rule) ? 'near' : 'far', ...outlook };
    }
    case 'called':
      return { phase: 'called', placeId: ticket.placeId };
    default:
      return { phase: ticket.status };
  }
}
