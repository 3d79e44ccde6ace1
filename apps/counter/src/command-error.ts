import type { RefusalCode, WireError } from '@aufruf/protocol';
import type { MessageKey, Translate } from './i18n.ts';

/**
 * Every way a command can be refused, in the clerk's words (a new code does not compile until it is
 * here). The hub sends only the code; its developer text is for logs, never for the screen.
 */
export const commandErrorKey: Readonly<Record<RefusalCode, MessageKey>> = {
  'place-busy': 'errorPlaceBusy',
  'place-idle': 'errorPlaceIdle',
  'place-paused': 'errorPlacePaused',
  'queue-empty': 'errorQueueEmpty',
  'ticket-not-waiting': 'errorTicketNotWaiting',
  'unknown-ticket': 'errorUnknownTicket',
  'invalid-transfer': 'transferNothing',
  'recall-limit': 'recallLimitReached',
  'no-show-too-early': 'errorNoShowTooEarly',
  'not-reopenable': 'errorNotReopenable',
  'unknown-errand': 'errorUnknownErrand',
  'unknown-place': 'errorUnknownPlace',
  'wrong-place': 'errorWrongPlace',
  'rate-limited': 'errorTooMany',
  forbidden: 'errorForbidden',
  internal: 'errorInternal',
  // The database was locked; nothing was changed, and trying again is exactly right.
  busy: 'errorInternal',
  unreachable: 'reasonOffline',
  // A page older or newer than its hub: the one thing that helps is loading it again.
  'invalid-payload': 'errorVersion',
  'unknown-event': 'errorVersion',
  'invalid-reply': 'errorVersion',
  // Refusals of a kiosk's draw or a phone, which a counter's commands never get.
  'number-range-exhausted': 'errorRefused',
  'errand-inactive': 'errorRefused',
  'priority-not-offered': 'errorRefused',
  'office-closed': 'errorRefused',
  'issuing-stopped': 'errorRefused',
  'capacity-reached': 'errorRefused',
  'not-undoable': 'errorNotUndoable',
  'not-cancellable': 'errorRefused',
  'follow-unknown': 'errorRefused',
  'no-printer': 'errorRefused',
  'print-window': 'errorRefused',
  'nothing-to-print': 'errorNothingToPrint',
};

/** A refused command in the clerk's language. */
export const commandErrorText = (error: WireError, t: Translate): string => t(commandErrorKey[error.code]);
