import type { ConnectRefusal } from '@aufruf/protocol';
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
  | 'pairBusy';

const REASONS: Partial<Record<ConnectRefusal | 'wrong-role', PairingKey>> = {
  'pairing-required': 'pairRequired',
  'token-revoked': 'pairRevoked',
  'token-unknown': 'pairUnknown',
  'wrong-role': 'pairWrongRole',
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
        reason: reason ? t(REASONS[reason] ?? 'pairInvalid') : null,
        codeLabel: t('pairCode'),
        hint: t('pairHint'),
        submit: t('pairSubmit'),
        busy: t('pairBusy'),
      }}
      autoSubmit={autoSubmit}
      onPaired={onPaired}
    />
  );
}
