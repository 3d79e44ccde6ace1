import type { ApiErrorCode, ConnectRefusal } from '@aufruf/protocol';
import { PairingForm } from './PairingForm.tsx';

/** The catalog keys every app provides for its pairing screen. */
export type PairingKey =
  | 'pairTitle'
  | 'pairRequired'
  | 'pairRevoked'
  | 'pairUnknown'
  | 'pairWrongRole'
  | 'pairInvalid'
  | 'pairCode'
  | 'pairHint'
  | 'pairSubmit'
  | 'pairBusy'
  | 'pairCodeInvalid'
  | 'pairCodeUnknown'
  | 'pairTooMany'
  | 'pairUnreachable'
  | 'pairFailed';

/** Why the hub does not take this device: every refusal has its words (a new one does not compile). */
const REASONS: Record<ConnectRefusal | 'wrong-role', PairingKey> = {
  'pairing-required': 'pairRequired',
  'token-revoked': 'pairRevoked',
  'token-unknown': 'pairUnknown',
  'wrong-role': 'pairWrongRole',
  'rate-limited': 'pairTooMany',
  'admin-denied': 'pairInvalid',
  'follow-unknown': 'pairInvalid',
  'invalid-auth': 'pairInvalid',
};

/** Why a code did not pair this device, for every answer the pairing route can give. */
const PAIR_FAILURES: Record<ApiErrorCode, PairingKey> = {
  'invalid-code': 'pairCodeInvalid',
  'invalid-payload': 'pairCodeInvalid',
  'unknown-code': 'pairCodeUnknown',
  'rate-limited': 'pairTooMany',
  unreachable: 'pairUnreachable',
  'invalid-query': 'pairFailed',
  'invalid-settings': 'pairFailed',
  'unknown-place': 'pairFailed',
  'unknown-device': 'pairFailed',
  'unknown-errand': 'pairFailed',
  'unknown-ticket': 'pairFailed',
  'not-cancellable': 'pairFailed',
  'nothing-to-print': 'pairFailed',
  busy: 'pairFailed',
  'settings-conflict': 'pairFailed',
  'settings-in-use': 'pairFailed',
  'admin-denied': 'pairFailed',
  'not-found': 'pairFailed',
  'method-not-allowed': 'pairFailed',
  'bad-request': 'pairFailed',
  'payload-too-large': 'pairFailed',
  'unsupported-media-type': 'pairFailed',
  internal: 'pairFailed',
  'invalid-reply': 'pairFailed',
};

/**
 * Shown instead of an app while the hub does not take this device for its role: says why, in the app's
 * own words, and pairs it with a code from the administration.
 */
export function DevicePairing({
  reason,
  t,
  onPaired,
  autoSubmit = false,
}: {
  reason: ConnectRefusal | 'wrong-role' | null;
  t: (key: PairingKey) => string;
  onPaired: () => void;
  /** Redeem a pairing link at once (a TV has no keyboard to confirm it). */
  autoSubmit?: boolean;
}) {
  return (
    <PairingForm
      texts={{
        title: t('pairTitle'),
        reason: reason ? t(REASONS[reason]) : null,
        codeLabel: t('pairCode'),
        hint: t('pairHint'),
        submit: t('pairSubmit'),
        busy: t('pairBusy'),
      }}
      failure={(code) => t(PAIR_FAILURES[code])}
      autoSubmit={autoSubmit}
      onPaired={onPaired}
    />
  );
}
