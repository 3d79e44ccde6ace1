import type { HubClient } from '@aufruf/client';
import { useEstimates, useHub, useHubTime } from '@aufruf/client/react';
import { ConnectionBanner, DevicePairing } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ChooseScreen } from './ChooseScreen.tsx';
import { ErrorScreen } from './ErrorScreen.tsx';
import { KioskHeader } from './KioskHeader.tsx';
import { TicketScreen } from './TicketScreen.tsx';
import { kioskTranslator } from './i18n.ts';
import type { KioskPrinter } from './kiosk-printer.ts';
import { printerTrouble } from './printer-trouble.ts';
import { useDraw } from './use-draw.ts';
import { useIdleReset } from './use-idle-reset.ts';
import { usePrinterCondition } from './use-printer-condition.ts';

/** A visitor who switched the language and walked away must not leave it switched for the next one. */
const LANGUAGE_IDLE_MS = 60_000;

/** The visitor's kiosk: choose an errand, get a number, back to the start for the next person. */
export function App({ client, printer }: { client: HubClient; printer: KioskPrinter }) {
  const view = useHub(client);
  const now = useHubTime(view);
  const estimates = useEstimates(view);
  const condition = usePrinterCondition(printer);
  const [language, setLanguage] = useState<Language>('de');
  const { screen, pendingErrandId, draw, reset } = useDraw(client, printer);
  const t = useMemo(() => kioskTranslator(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('pageTitle');
  }, [language, t]);

  // The next visitor starts in German again.
  const home = useCallback(() => {
    reset();
    setLanguage('de');
  }, [reset]);

  useIdleReset(language !== 'de' && screen.kind === 'choose', LANGUAGE_IDLE_MS, () => setLanguage('de'));

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
          reply={screen.reply}
          print={screen.print}
          language={language}
          t={t}
          onDone={home}
        />
      ) : screen.kind === 'error' ? (
        <ErrorScreen error={screen.error} t={t} onBack={home} />
      ) : (
        <ChooseScreen
          office={office}
          state={state}
          online={status === 'online'}
          printerDown={printerTrouble(condition) !== null}
          estimates={estimates?.newTicket ?? {}}
          pendingErrandId={pendingErrandId}
          language={language}
          onLanguage={setLanguage}
          onDraw={draw}
          t={t}
        />
      )}
    </div>
  );
}
