import type { FollowClient } from '@aufruf/client/follow';
import { formatTicketNumber } from '@aufruf/core';
import { useEffect, useMemo } from 'preact/hooks';
import { Header } from './Header.tsx';
import { SoundControl } from './SoundControl.tsx';
import { StateView } from './StateView.tsx';
import { screenOf } from './follow-screen.ts';
import type { Screen } from './follow-screen.ts';
import { translator } from './i18n.ts';
import { useCallAlert } from './use-call-alert.ts';
import { useFollow } from './use-follow.ts';
import { useLanguage } from './use-language.ts';
import { useSound } from './use-sound.ts';

/** The browser's bar takes the screen's colour, so the whole phone shows the state. */
const BAR_COLOURS: Record<Screen, string> = {
  connecting: '#f4f6f9',
  'not-current': '#f4f6f9',
  waiting: '#f4f6f9',
  'come-back': '#f5a000',
  called: '#ffd23f',
  served: '#f4f6f9',
  'no-show': '#f4f6f9',
  expired: '#f4f6f9',
  cancelled: '#f4f6f9',
  'day-closed': '#f4f6f9',
};

/** The follow page: one ticket, one state at a time, live while the hub is reachable. */
export function App({ client }: { client: FollowClient | null }) {
  const state = useFollow(client);
  const [language, setLanguage] = useLanguage();
  const sound = useSound();
  useCallAlert(state.view, sound.on);
  const t = useMemo(() => translator(language), [language]);
  const screen = screenOf(state);
  const view = state.view;

  useEffect(() => {
    document.documentElement.dataset['screen'] = screen;
    document.querySelector('meta[name="theme-color"]')?.setAttribute('content', BAR_COLOURS[screen]);
  }, [screen]);
  useEffect(() => {
    document.title =
      screen === 'called' && view
        ? t('pageTitleCalled', { number: formatTicketNumber(view.ticket) })
        : t('pageTitle');
  }, [screen, view, t]);

  const waiting = screen === 'waiting' || screen === 'come-back';
  return (
    <div class="page">
      <Header
        officeName={view?.officeName ?? null}
        status={state.status}
        t={t}
        onLanguage={setLanguage}
        language={language}
      />
      <main class="screen">
        {/* One live region for every state, so a screen reader announces "Sie sind dran" when it comes. */}
        <div class="state" role="status" aria-atomic="true">
          <StateView screen={screen} view={view} t={t} language={language} />
        </div>
        {screen === 'waiting' && (
          <p class="note">
            {t('leaveNote')} {t('keepOpen')}
          </p>
        )}
        {waiting && <SoundControl sound={sound} t={t} />}
      </main>
      <footer class="footer">
        <p>{t('privacy')}</p>
      </footer>
    </div>
  );
}
