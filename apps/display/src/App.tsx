import type { HubClient } from '@aufruf/client';
import { useForecast, useHub, useHubTime } from '@aufruf/client/react';
import { CALL_HISTORY, recentCalls } from '@aufruf/core';
import { ConnectionBanner, DevicePairing, directionOf } from '@aufruf/ui';
import { useEffect, useMemo } from 'react';
import { CallHistory } from './CallHistory.tsx';
import { shownCalls } from './current-calls.ts';
import { CurrentCalls } from './CurrentCalls.tsx';
import type { DisplayConfig } from './display-config.ts';
import { shownPlaces } from './display-config.ts';
import { InfoStrip } from './InfoStrip.tsx';
import { SoundHint } from './SoundHint.tsx';
import { SoundPrompt } from './SoundPrompt.tsx';
import { SoundSettings } from './SoundSettings.tsx';
import { displayTranslator } from './i18n.ts';
import type { Announcer } from './sound/announcer.ts';
import type { SoundController } from './sound/sound-controller.ts';
import { useSound } from './use-sound.ts';

/** Rows in the list of earlier calls. */
const HISTORY_ROWS = 7;

/** The waiting-room screen: "Is it me? Where do I go?" – read-only, from the hub's live picture. */
export function App({
  client,
  config,
  sound,
  announcer,
}: {
  client: HubClient;
  config: DisplayConfig;
  sound: SoundController;
  announcer: Announcer;
}) {
  const view = useHub(client);
  const now = useHubTime(view);
  const forecast = useForecast(view);
  const soundState = useSound(sound);
  const { language } = config;
  const t = useMemo(() => displayTranslator(language), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
    document.title = t('pageTitle');
  }, [language, t]);

  const { office, state, status, you } = view;
  const wrongRole = you !== null && you.role !== 'display';
  if (status === 'refused' || wrongRole) {
    return (
      <div className="display">
        <DevicePairing
          reason={wrongRole ? 'wrong-role' : view.refusal}
          t={t}
          onPaired={client.reconnect}
          autoSubmit
        />
      </div>
    );
  }
  const soundParts = (
    <>
      {soundState.status === 'ask' ? <SoundPrompt sound={sound} t={t} /> : null}
      <SoundSettings state={soundState} sound={sound} announcer={announcer} t={t} />
    </>
  );
  if (!office || !state) {
    return (
      <div className="display">
        <ConnectionBanner status={status} language={language} detail={t('stale')} />
        <main className="display-connecting">
          <p>{t('connecting')}</p>
        </main>
        {soundParts}
      </div>
    );
  }

  // A display for some places only (paired for them, or ?places= beside one door) shows just their calls.
  const places = shownPlaces(you, config);
  const calls = recentCalls(state, CALL_HISTORY).filter(
    (call) => places === null || places.includes(call.placeId),
  );
  const placeName = (placeId: string): string => office.places.find((p) => p.id === placeId)?.name ?? placeId;
  // Every place that called in the last moments is current, so two calls within seconds are both
  // seen; after a quiet spell the screen invites instead of showing an old number as if it were now.
  const { current, earlier } = shownCalls(calls, { now, newestForMs: config.currentForMs });
  const previous = earlier.slice(0, HISTORY_ROWS);
  const stale = status !== 'online';

  return (
    <div className={stale ? 'display is-stale' : 'display'}>
      <ConnectionBanner status={status} language={language} detail={t('stale')} />
      <main className="display-main">
        <CurrentCalls calls={current} placeName={placeName} t={t} />
        <CallHistory
          calls={previous}
          placeName={placeName}
          t={t}
          notice={<SoundHint status={soundState.status} sound={sound} t={t} />}
        />
      </main>
      <InfoStrip
        office={office}
        state={state}
        now={now}
        forecast={forecast}
        printers={view.printers}
        language={language}
        t={t}
      />
      {soundParts}
    </div>
  );
}
