import type { ConnectRefusal } from '@aufruf/protocol';
import { PairingForm } from '@aufruf/ui';
import type { KioskKey, Translate } from './i18n.ts';

const REASONS: Partial<Record<ConnectRefusal | 'wrong-role', KioskKey>> = {
  'pairing-required': 'pairRequired',
  'token-revoked': 'pairRevoked',
  'token-unknown': 'pairUnknown',
  'wrong-role': 'pairWrongRole',
};

/** Shown instead of the kiosk while the hub does not accept this device as a kiosk. */
export function Pairing({
  reason,
  t,
  onPaired,
}: {
  reason: ConnectRefusal | 'wrong-role' | null;
  t: Translate;
  onPaired: () => void;
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
      onPaired={onPaired}
    />
  );
}
