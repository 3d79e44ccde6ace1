import type { TicketKind } from '@aufruf/core';
import type { Translate } from './i18n.ts';

/**
 * The two special numbers, chosen before the errand: "Ich habe einen Termin" and, where an errand
 * offers it, "Vorrang – barrierefrei". Toggles rather than extra tiles, so the errand list stays one
 * question with one answer per row; tapping an active toggle again returns to a normal number.
 */
export function KindChoice({
  kind,
  priorityOffered,
  t,
  onChange,
  onSpeak,
}: {
  kind: TicketKind;
  priorityOffered: boolean;
  t: Translate;
  onChange: (kind: TicketKind) => void;
  onSpeak: (text: string) => void;
}) {
  const toggle = (next: TicketKind, label: string) => {
    onSpeak(label);
    onChange(kind === next ? 'normal' : next);
  };
  return (
    <section className="kind-choice" aria-label={t('kindLabel')}>
      <button
        type="button"
        className="kind-button"
        aria-pressed={kind === 'appointment'}
        onClick={() => toggle('appointment', t('kindAppointment'))}
      >
        {t('kindAppointment')}
      </button>
      {priorityOffered ? (
        <button
          type="button"
          className="kind-button"
          aria-pressed={kind === 'priority'}
          aria-describedby="kind-priority-hint"
          onClick={() => toggle('priority', t('kindPriority'))}
        >
          <span>{t('kindPriority')}</span>
          <span id="kind-priority-hint" className="kind-hint">
            {t('kindPriorityHint')}
          </span>
        </button>
      ) : null}
    </section>
  );
}
