import type { CommandError } from './use-commands.ts';
import type { MessageKey, Translate } from './i18n.ts';

// The hub explains a refusal in German; the clerk reads it in the counter's language where the code is known.
const KNOWN: Readonly<Partial<Record<string, MessageKey>>> = {
  'place-busy': 'errorPlaceBusy',
  'place-idle': 'errorPlaceIdle',
  'place-paused': 'errorPlacePaused',
  'queue-empty': 'errorQueueEmpty',
  'ticket-not-waiting': 'errorTicketNotWaiting',
  'unknown-ticket': 'errorUnknownTicket',
  'invalid-transfer': 'transferNothing',
  'recall-limit': 'recallLimitReached',
  'no-show-too-early': 'errorNoShowTooEarly',
  unreachable: 'reasonOffline',
};

/** A refused command in the clerk's language; the hub's own sentence for anything unforeseen. */
export function commandErrorText(error: CommandError, t: Translate): string {
  const key = KNOWN[error.code];
  return key ? t(key) : error.message;
}
