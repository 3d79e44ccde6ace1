import type { ConnectRefusal } from '@aufruf/protocol';
import { PairingForm } from '@aufruf/ui';
import { useI18n } from './i18n-context.ts';
import type { MessageKey } from './i18n.ts';

/** Why this computer needs a (new) pairing: the hub's refusal, or a pairing for another role. */
export type PairingReason = ConnectRefusal | 'wrong-role' | null;

const REASONS: Partial<Record<Exclude<PairingReason, null>, MessageKey>> = {
  'pairing-required': 'pairRequired',
  'token-revoked': 'pairRevoked',
  'token-unknown': 'pairUnknown',
  'wrong-role': 'pairWrongRole',
};

/** Pairs this browser with the code from the administration (the shared form), then connects again. */
export function PairingScreen({ reason, onPaired }: { reason: PairingReason; onPaired: () => void }) {
  const { t } = useI18n();
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
