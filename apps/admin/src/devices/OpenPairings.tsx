import type { PublicOffice } from '@aufruf/protocol';
import { formatClock } from '@aufruf/ui';
import type { OpenPairing } from '../admin-api.ts';
import { useI18n } from '../i18n-context.ts';
import { placesText, roleNames } from '../roles.ts';
import type { Loaded } from '../use-api.ts';

/** Codes made but not yet entered on a device; the codes themselves are not kept, only what they are for. */
export function OpenPairings({
  loaded,
  office,
  now,
  timeZone,
}: {
  loaded: Loaded<{ pairings: OpenPairing[] }>;
  office: PublicOffice | null;
  now: number;
  timeZone: string;
}) {
  const { t, language } = useI18n();
  const open = loaded.result?.ok
    ? loaded.result.value.pairings.filter((p) => p.expiresAt > now).sort((a, b) => a.expiresAt - b.expiresAt)
    : [];
  return (
    <section className="card" aria-labelledby="open-codes-title">
      <h2 id="open-codes-title" className="card__title">
        {t('openCodesTitle')}
      </h2>
      {open.length === 0 ? (
        <p className="muted">{loaded.result ? t('noOpenCodes') : t('loading')}</p>
      ) : (
        <ul className="open-codes">
          {open.map((pairing) => (
            <li key={`${pairing.createdAt}-${pairing.name}`} className="open-codes__item">
              <span className="open-codes__name">{pairing.name}</span>
              <span>
                {t(roleNames[pairing.role])}
                {pairing.role === 'counter' || pairing.role === 'display'
                  ? ` · ${placesText(pairing, office, t)}`
                  : ''}
              </span>
              <span className="muted">
                {t('openCodeExpires', { time: formatClock(pairing.expiresAt, timeZone, language) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
