import type { AuditEntry, OfficeSettings } from '@aufruf/protocol';
import { formatClock, formatShortDate } from '@aufruf/ui';
import { useEffect, useState } from 'react';
import { useAdmin } from '../admin-context.ts';
import { useI18n } from '../i18n-context.ts';
import { loadAudit, loadSettings } from '../setup/settings-api.ts';
import { auditWords } from './audit-words.ts';
import { changeSentences, fill, setupNames } from './change-sentences.ts';
import type { Sentence } from './change-sentences.ts';
import { SentenceText } from './SentenceText.tsx';

/**
 * Who changed the setup, when and what, newest first: one sentence per field ("Laufzeile: „…“ → „…“
 * — Frau Weber, 10:31"). The first start's values from the config file are folded away.
 */
export function AuditView({ active, now, timeZone }: { active: boolean; now: number; timeZone: string }) {
  const { t, language } = useI18n();
  const { secret, onUnauthorized } = useAdmin();
  const [entries, setEntries] = useState<readonly AuditEntry[] | null>(null);
  const [settings, setSettings] = useState<OfficeSettings | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!active) return;
    void Promise.all([loadAudit(secret), loadSettings(secret)]).then(([audit, current]) => {
      if (audit.ok) setEntries(audit.value.entries);
      else if (audit.problem.status === 401) onUnauthorized();
      else setFailed(true);
      // Without the current setup the sentences still read, naming errands by what the log recorded.
      if (current.ok) setSettings(current.value.settings);
    });
  }, [active, secret, onUnauthorized]);

  if (failed) return <p className="card notice">{t('requestFailed')}</p>;
  if (!entries) return <p className="card loading">{t('loading')}</p>;
  const words = auditWords[language];
  const names = setupNames(settings, entries);
  const when = (at: number): string => {
    const date = formatShortDate(at, timeZone, language);
    const time = formatClock(at, timeZone, language);
    return date === formatShortDate(now, timeZone, language) ? time : t('dateTime', { date, time });
  };
  const line = (sentence: Sentence, key: number, who: Sentence | null) => (
    <li key={key} className="audit-line">
      <SentenceText sentence={sentence} />
      {who ? (
        <>
          {' '}
          <span className="audit-line__who">
            <SentenceText sentence={who} />
          </span>
        </>
      ) : null}
    </li>
  );

  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title" className="card__title">
        {t('auditTitle')}
      </h2>
      {entries.length === 0 ? <p className="muted">{t('auditEmpty')}</p> : null}
      <ol className="audit-list">
        {entries.map((entry) => {
          const config = entry.by === 'config';
          const who = fill(words.who, {
            by: [config ? words.configBy : { value: entry.by }],
            time: [when(entry.at)],
          });
          const sentences = entry.changes.flatMap((change) => changeSentences(change, names, language));
          if (config) {
            return (
              <li key={entry.id} className="audit-entry">
                <p className="audit-line">
                  {words.configTitle}{' '}
                  <span className="audit-line__who">
                    <SentenceText sentence={who} />
                  </span>
                </p>
                {sentences.length > 0 ? (
                  <details className="audit-details">
                    <summary>{words.configShow.replace('{count}', String(sentences.length))}</summary>
                    <ul className="audit-lines">{sentences.map((sentence, i) => line(sentence, i, null))}</ul>
                  </details>
                ) : null}
              </li>
            );
          }
          return (
            <li key={entry.id} className="audit-entry">
              <ul className="audit-lines">
                {sentences.length === 0
                  ? line([words.noChanges], 0, who)
                  : sentences.map((sentence, i) => line(sentence, i, who))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
