import type { RefusalCode } from '@aufruf/protocol';
import type { KioskKey } from './i18n.ts';

/**
 * Why no number came out, for every code the hub or this page can give (a new code does not compile
 * until it is here). null: nothing a visitor can act on beyond the screen's advice ("try again or ask
 * at the counter"), e.g. a counter's refusals a kiosk never gets.
 */
export const drawRefusalText: Readonly<Record<RefusalCode, KioskKey | null>> = {
  'unknown-errand': 'errorUnknownErrand',
  'errand-inactive': 'errorInactive',
  'priority-not-offered': 'errorNoPriority',
  'office-closed': 'errorClosed',
  'issuing-stopped': 'errorIssuingStopped',
  'capacity-reached': 'errorCapacity',
  'not-undoable': null,
  'not-cancellable': null,
  'not-reopenable': null,
  'number-range-exhausted': 'errorRangeExhausted',
  'rate-limited': 'errorTooMany',
  unreachable: 'errorUnreachable',
  internal: 'errorServer',
  busy: 'errorServer',
  'invalid-reply': 'errorServer',
  'invalid-payload': 'errorServer',
  'unknown-event': 'errorServer',
  forbidden: 'errorServer',
  'unknown-place': null,
  'unknown-ticket': null,
  'place-busy': null,
  'place-idle': null,
  'place-paused': null,
  'queue-empty': null,
  'ticket-not-waiting': null,
  'invalid-transfer': null,
  'recall-limit': null,
  'no-show-too-early': null,
  'wrong-place': null,
  'follow-unknown': null,
  'no-printer': null,
  'print-window': null,
  'nothing-to-print': null,
};
