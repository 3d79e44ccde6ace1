import type { FollowStatus } from '@aufruf/client/follow';
import { languageNames, languages } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import type { Translate } from './i18n.ts';

const STATUS_TEXT = { online: 'live', offline: 'offline', connecting: 'connecting' } as const;

/** Office name, whether the page is live, and the language switch (named in its own language). */
export function Header({
  officeName,
  status,
  t,
  language,
  onLanguage,
}: {
  officeName: string | null;
  status: FollowStatus;
  t: Translate;
  language: Language;
  onLanguage: (language: Language) => void;
}) {
  return (
    <header class="top">
      <div class="top-row">
        <p class="office">{officeName}</p>
        <label class="language">
          <span class="visually-hidden">{t('languageLabel')}</span>
          <select
            class="language-select"
            value={language}
            onChange={(event) => {
              const next = languages.find((l) => l === event.currentTarget.value);
              if (next) onLanguage(next);
            }}
          >
            {languages.map((code) => (
              <option key={code} value={code} lang={code}>
                {languageNames[code]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {/* Always rendered (empty for a ticket that is gone), so losing the link is announced too. */}
      <p class={`connection connection--${status}`} role="status">
        {status !== 'unknown' && (
          <>
            <span class="connection-dot" aria-hidden="true" />
            {t(STATUS_TEXT[status])}
          </>
        )}
      </p>
    </header>
  );
}
