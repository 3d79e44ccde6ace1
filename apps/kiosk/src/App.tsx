import type { TicketKind } from '@aufruf/core';
import type { HubClient } from '@aufruf/client';
import { useForecast, useHub, useHubTime } from '@aufruf/client/react';
import { ConnectionBanner, DevicePairing, directionOf, isLanguage, languageNames } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ChooseScreen } from './ChooseScreen.tsx';
import { ErrorScreen } from './ErrorScreen.tsx';
import { KioskHeader } from './KioskHeader.tsx';
import { TicketScreen } from './TicketScreen.tsx';
import { kioskTranslator } from './i18n.ts';
import type { KioskPrinter } from './kiosk-printer.ts';
import { printerTrouble } from './printer-trouble.ts';
import { MoreTimePrompt } from './MoreTimePrompt.tsx';
import { useDraw } from './use-draw.ts';
import { speakNow, useSpeech } from './use-speech.ts';
import { useIdleReset } from './use-idle-reset.ts';
import { useSpokenFocus } from './use-spoken-focus.ts';
import { usePrinterCondition } from './use-printer-condition.ts';

/** A visitor who switched the language and walked away must not leave it switched for the next one. */
const LANGUAGE_IDLE_MS = 60_000;

/** The visitor's kiosk: choose an errand, get a number, back to the start for the next person. */
export function App({ client, printer }: { client: HubClient; printer: KioskPrinter }) {
  const view = useHub(client);
  const now = useHubTime(view);
  const forecast = useForecast(view);
  const condition = usePrinterCondition(printer);
  const [language, setLanguage] = useState<Language>(startLanguage);
  const [kind, setKind] = useState<TicketKind>('normal');
  const [speech, setSpeech] = useState(false);
  const [asking, setAsking] = useState(false);
  const { screen, pendingErrandId, draw, reset } = useDraw(client, printer);
  const t = useMemo(() => kioskTranslator(language), [language]);
  const speak = useSpeech(speech, language);
  useSpokenFocus(speech, speak);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
    document.title = t('pageTitle');
  }, [language, t]);

  // The next visitor starts in German again, with a normal number and without spoken help.
  const fresh = useCallback(() => {
    setLanguage('de');
    setKind('normal');
    setSpeech(false);
    setAsking(false);
  }, []);
  const home = useCallback(() => {
    reset();
    fresh();
  }, [reset, fresh]);

  // With spoken help on, a new language says so in its own voice, and what to do next.
  const chooseLanguage = useCallback(
    (next: Language) => {
      setLanguage(next);
      if (speech) speakNow(`${languageNames[next]}. ${kioskTranslator(next)('chooseErrand')}`, next);
    },
    [speech],
  );

  const changed = language !== 'de' || kind !== 'normal' || speech;
  useIdleReset(changed && screen.kind === 'choose' && !asking, LANGUAGE_IDLE_MS, () => setAsking(true));

  const { office, state, status, you } = view;
  const wrongRole = you !== null && you.role !== 'kiosk';
  if (status === 'refused' || wrongRole) {
    return (
      <div className="kiosk">
        <DevicePairing reason={wrongRole ? 'wrong-role' : view.refusal} t={t} onPaired={client.reconnect} />
      </div>
    );
  }

  return (
    <div className="kiosk">
      <ConnectionBanner status={status} language={language} />
      {office ? <KioskHeader office={office} now={now} language={language} /> : null}
      {!office || !state ? (
        <main className="kiosk-waiting">
          <p>{status === 'offline' ? t('offlineAdvice') : t('connecting')}</p>
        </main>
      ) : screen.kind === 'ticket' ? (
        <TicketScreen
          office={office}
          drawn={screen.drawn}
          print={screen.print}
          language={language}
          speech={speech}
          speak={speak}
          t={t}
          onDone={home}
        />
      ) : screen.kind === 'error' ? (
        <ErrorScreen error={screen.error} t={t} speak={speak} onBack={home} />
      ) : (
        <ChooseScreen
          office={office}
          now={now}
          kind={kind}
          speech={speech}
          onKind={setKind}
          onSpeech={(on) => {
            setSpeech(on);
            if (on) speakNow(`${t('speech')}. ${t('speechHint')}`, language);
          }}
          speak={speak}
          online={status === 'online'}
          printerDown={printerTrouble(condition) !== null}
          outlooks={forecast?.newTicket ?? {}}
          stoppedErrands={state.stoppedErrands}
          pendingErrandId={pendingErrandId}
          language={language}
          onLanguage={chooseLanguage}
          onDraw={(errandId) => draw(errandId, kind, language)}
          t={t}
        />
      )}
      {asking && screen.kind === 'choose' ? (
        <MoreTimePrompt t={t} speak={speak} onMoreTime={() => setAsking(false)} onDone={fresh} />
      ) : null}
    </div>
  );
}

/**
 * `?lang=tr` chooses the language of the first screen only (tests, a kiosk at a language course):
 * after each visitor the kiosk returns to German, the office's language.
 */
function startLanguage(): Language {
  const requested = new URLSearchParams(window.location.search).get('lang');
  return isLanguage(requested) ? requested : 'de';
}
