import type { ConnectRefusal } from '@aufruf/protocol';
import { PairingForm } from '@aufruf/ui';
import type { DisplayKey, Translate } from './i18n.ts';

const REASONS: Partial<Record<ConnectRefusal | 'wrong-role', DisplayKey>> = {
  'pairing-required': 'pairRequired',
  'token-revoked': 'pairRevoked',
  'token-unknown': 'pairUnknown',
  'wrong-role': 'pairWrongRole',
};

/** Shown instead of the calls while the hub does not accept this screen as a display. */
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
      // A TV rarely has a keyboard: the admin's pairing link is redeemed as soon as it is opened.
      autoSubmit
      onPaired={onPaired}
    />
  );
}
