import type { HubClient } from '@aufruf/client';
import { useHub, useHubTime } from '@aufruf/client/react';
import { CALL_HISTORY, recentCalls } from '@aufruf/core';
import { ConnectionBanner } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { useEffect, useMemo } from 'react';
import { CallHistory } from './CallHistory.tsx';
import { CurrentCall } from './CurrentCall.tsx';
import { InfoStrip } from './InfoStrip.tsx';
import { Pairing } from './Pairing.tsx';
import { displayTranslator } from './i18n.ts';

/** Calls shown at once: the current one on the left and up to seven before it on the right. */
const SHOWN_CALLS = 8;

/** The waiting-room screen: "Is it me? Where do I go?" – read-only, from the hub's live picture. */
export function App({ client, language }: { client: HubClient; language: Language }) {
  const view = useHub(client);
  const now = useHubTime(view);
  const t = useMemo(() => displayTranslator(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('pageTitle');
  }, [language, t]);

  const { office, state, status, you } = view;
  const wrongRole = you !== null && you.role !== 'display';
  if (status === 'refused' || wrongRole) {
    return (
      <div className="display">
        <Pairing reason={wrongRole ? 'wrong-role' : view.refusal} t={t} onPaired={client.reconnect} />
      </div>
    );
  }
  if (!office || !state) {
    return (
      <div className="display">
        <ConnectionBanner status={status} language={language} detail={t('stale')} />
        <main className="display-connecting">
          <p>{t('connecting')}</p>
        </main>
      </div>
    );
  }

  // A display paired for some places only (e.g. beside one door) shows just their calls.
  const shownPlaces = you?.places ?? null;
  const calls = recentCalls(state, CALL_HISTORY)
    .filter((call) => shownPlaces === null || shownPlaces.includes(call.placeId))
    .slice(0, SHOWN_CALLS);
  const placeName = (placeId: string): string => office.places.find((p) => p.id === placeId)?.name ?? placeId;
  const [current, ...previous] = calls;
  const stale = status !== 'online';

  return (
    <div className={stale ? 'display is-stale' : 'display'}>
      <ConnectionBanner status={status} language={language} detail={t('stale')} />
      <main className="display-main">
        <CurrentCall call={current} placeName={placeName} t={t} />
        <CallHistory calls={previous} placeName={placeName} t={t} />
      </main>
      <InfoStrip office={office} state={state} now={now} language={language} t={t} />
    </div>
  );
}
