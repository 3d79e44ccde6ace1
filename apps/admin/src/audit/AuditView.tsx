import type { AuditEntry } from '@aufruf/protocol';
import { useEffect, useState } from 'react';
import { useAdmin } from '../admin-context.ts';
import { formatMoment } from '../format.ts';
import { useI18n } from '../i18n-context.ts';
import { loadAudit } from '../setup/settings-api.ts';

/** Who changed the setup, when and what: newest first, each field with its old and new value. */
export function AuditView({ active, now, timeZone }: { active: boolean; now: number; timeZone: string }) {
  const { t, language } = useI18n();
  const { secret, onUnauthorized } = useAdmin();
  const [entries, setEntries] = useState<readonly AuditEntry[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!active) return;
    void loadAudit(secret).then((result) => {
      if (result.ok) setEntries(result.value.entries);
      else if (result.problem.status === 401) onUnauthorized();
      else setFailed(true);
    });
  }, [active, secret, onUnauthorized]);

  if (failed) return <p className="card notice">{t('requestFailed')}</p>;
  if (!entries) return <p className="card loading">{t('loading')}</p>;
  return (
    <section className="card" aria-labelledby="audit-title">
      <h2 id="audit-title" className="card__title">
        {t('auditTitle')}
      </h2>
      {entries.length === 0 ? <p className="muted">{t('auditEmpty')}</p> : null}
      <ol className="audit-list">
        {entries.map((entry) => (
          <li key={entry.id} className="audit-entry">
            <p className="audit-entry__head">
              <strong>{entry.by === 'config' ? t('auditConfig') : entry.by}</strong> ·{' '}
              {formatMoment(entry.at, now, timeZone, language, t)} ·{' '}
              {t('auditVersion', { version: entry.version })}
            </p>
            {entry.changes.length === 0 ? null : (
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('auditField')}</th>
                      <th scope="col">{t('auditBefore')}</th>
                      <th scope="col">{t('auditAfter')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {entry.changes.map((change) => (
                      <tr key={change.path}>
                        <th scope="row" dir="ltr">
                          {change.path}
                        </th>
                        <td dir="auto">{change.before ?? '–'}</td>
                        <td dir="auto">{change.after ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
