import type { FollowStatus } from '@aufruf/client/follow';
import type { Language } from '@aufruf/ui';
import type { Translate } from './i18n.ts';

const STATUS_TEXT = { online: 'live', offline: 'offline', connecting: 'connecting' } as const;

/** Office name, whether the page is live, and the language switch (named in its own language). */
export function Header({
  officeName,
  status,
  t,
  otherLanguage,
  onLanguage,
}: {
  officeName: string | null;
  status: FollowStatus;
  t: Translate;
  otherLanguage: Language;
  onLanguage: () => void;
}) {
  return (
    <header class="top">
      <div class="top-row">
        <p class="office">{officeName}</p>
        <button type="button" class="language" lang={otherLanguage} onClick={onLanguage}>
          {t('otherLanguage')}
        </button>
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
