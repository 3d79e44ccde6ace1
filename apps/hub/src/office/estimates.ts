import { forecast, forecastAfter, serviceDay } from '@aufruf/core';
import type { DomainEvent, Forecast, OfficeSetup, OfficeState, ServiceHistory } from '@aufruf/core';
import type { Store } from '@aufruf/store';

/** How far back service times count for tomorrow's estimates: eight weeks of walk-in days. */
const HISTORY_DAYS = 56;
/** Estimates also move with time alone (the person being served takes longer); refresh that often. */
const FRESH_MS = 30_000;

export interface Estimates {
  readonly history: () => ServiceHistory;
  /** Re-reads past days' service times; called when a new service day starts. */
  readonly reloadHistory: () => void;
  readonly of: (state: OfficeState) => Forecast;
  /**
   * The office moved from `before` to `after` by these events: when they only drew tickets, the
   * forecast of `before` is extended instead of replaying the queue for the draw's reply.
   */
  readonly advance: (before: OfficeState, events: readonly DomainEvent[], after: OfficeState) => void;
}

/**
 * People ahead and wait estimates for the hub's own use (draw replies, follow pages). States are
 * immutable, so the last forecast is reused as long as the state, the setup and the half-minute match.
 */
export function createEstimates(store: Store, setupOf: () => OfficeSetup, now: () => number): Estimates {
  const load = (): ServiceHistory => {
    const { timeZone } = setupOf();
    const today = serviceDay(now(), timeZone);
    const from = serviceDay(now() - HISTORY_DAYS * 24 * 60 * 60 * 1000, timeZone);
    return store.serviceHistory(from, today);
  };
  let history = load();
  let cached: { state: OfficeState; setup: OfficeSetup; at: number; value: Forecast } | undefined;
  return {
    history: () => history,
    reloadHistory: () => {
      history = load();
      cached = undefined;
    },
    of: (state) => {
      const at = now();
      const setup = setupOf();
      // An edited setup (places, rules) changes every estimate, so it is part of the cache key.
      if (cached?.state === state && cached.setup === setup && at - cached.at < FRESH_MS) return cached.value;
      const value = forecast(state, setup, history, at);
      cached = { state, setup, at, value };
      return value;
    },
    advance: (before, events, after) => {
      if (cached?.state !== before || cached.setup !== setupOf() || now() - cached.at >= FRESH_MS) return;
      const value = forecastAfter(cached.value, after, events);
      if (value) cached = { ...cached, state: after, value };
    },
  };
}
