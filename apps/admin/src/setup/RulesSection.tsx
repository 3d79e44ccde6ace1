import { defaultCallingRules } from '@aufruf/core';
import type { CallingRules } from '@aufruf/core';
import { useI18n } from '../i18n-context.ts';
import type { FieldErrors } from './field-errors.ts';
import { TextField } from './TextField.tsx';

const whole = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** How "Nächste Nummer" mixes priority and appointment tickets, and when a visitor may be given up. */
export function RulesSection({
  rules,
  errors,
  onChange,
}: {
  rules: CallingRules;
  errors: FieldErrors;
  onChange: (rules: CallingRules) => void;
}) {
  const { t } = useI18n();
  // "Standard" beside each rule that still has the built-in value, so the head sees what was chosen.
  const note = <K extends keyof CallingRules>(key: K): string | undefined =>
    rules[key] === defaultCallingRules[key] ? t('setupDefault') : undefined;
  return (
    <section className="card setup-section" aria-labelledby="setup-rules">
      <h3 id="setup-rules">{t('setupRules')}</h3>
      <fieldset className="choices">
        <legend className="field__label">
          {t('setupPriorityRule')}
          {note('priority') ? (
            <>
              {' '}
              <span className="tag field__tag">{note('priority')}</span>
            </>
          ) : null}
        </legend>
        <label className="choice">
          <input
            type="radio"
            name="priority-rule"
            checked={rules.priority === 'first'}
            onChange={() => onChange({ ...rules, priority: 'first' })}
          />
          <span>{t('setupPriorityFirst')}</span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name="priority-rule"
            checked={rules.priority === 'interleave'}
            onChange={() => onChange({ ...rules, priority: 'interleave' })}
          />
          <span>{t('setupPriorityInterleave')}</span>
        </label>
      </fieldset>
      <div className="setup-grid">
        <TextField
          label={t('setupPriorityEvery')}
          type="number"
          min={1}
          max={20}
          note={note('priorityEvery')}
          value={String(rules.priorityEvery)}
          error={errors.get('rules.priorityEvery')}
          onChange={(value) => onChange({ ...rules, priorityEvery: whole(value) })}
        />
        <TextField
          label={t('setupMaxRecalls')}
          type="number"
          min={0}
          max={10}
          note={note('maxRecalls')}
          value={String(rules.maxRecalls)}
          error={errors.get('rules.maxRecalls')}
          onChange={(value) => onChange({ ...rules, maxRecalls: whole(value) })}
        />
        <TextField
          label={t('setupNoShowAfter')}
          hint={t('setupNoShowAfterHint')}
          type="number"
          min={0}
          max={3600}
          note={note('noShowAfterSeconds')}
          value={String(rules.noShowAfterSeconds)}
          error={errors.get('rules.noShowAfterSeconds')}
          onChange={(value) => onChange({ ...rules, noShowAfterSeconds: whole(value) })}
        />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={rules.reopenAtFront === true}
          onChange={(event) => onChange({ ...rules, reopenAtFront: event.target.checked })}
        />
        <span>{t('setupReopenAtFront')}</span>
      </label>
      <label className="choice">
        <input
          type="checkbox"
          checked={rules.appointmentsFirst}
          onChange={(event) => onChange({ ...rules, appointmentsFirst: event.target.checked })}
        />
        <span>{t('setupAppointmentsFirst')}</span>
        {note('appointmentsFirst') ? (
          <>
            {' '}
            <span className="tag">{note('appointmentsFirst')}</span>
          </>
        ) : null}
      </label>
    </section>
  );
}
