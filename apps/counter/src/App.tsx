import { useEffect, useMemo, useState } from 'react';
import type { Place } from '@aufruf/core';
import type { HubClient } from '@aufruf/client';
import { useHub } from '@aufruf/client/react';
import { ConnectionBanner, DevicePairing, directionOf } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { CounterScreen } from './CounterScreen.tsx';
import { ErrandSetup } from './ErrandSetup.tsx';
import { translatorFor } from './i18n.ts';
import { I18nContext } from './i18n-context.ts';
import { PlacePicker } from './PlacePicker.tsx';
import {
  forgetPlace,
  initialLanguage,
  initialPlaceId,
  rememberLanguage,
  rememberPlace,
} from './place-memory.ts';

/** The counter app: pick a place and its errands once, then work the queue from there. */
export function App({ client }: { client: HubClient }) {
  const view = useHub(client);
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [placeId, setPlaceId] = useState<string | null>(initialPlaceId);
  // 'new': right after picking a place ("Zurück" returns to the picker); 'change': from the counter screen.
  const [configuring, setConfiguring] = useState<'new' | 'change' | null>(null);
  const i18n = useMemo(() => ({ language, t: translatorFor(language) }), [language]);
  const { t } = i18n;
  const { office, state } = view;
  // A device paired for one place works for that place only; otherwise the clerk picks it.
  const boundPlaceId = view.you?.placeId ?? null;
  const place = office?.places.find((p) => p.id === (boundPlaceId ?? placeId));

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
    document.title = place ? `${place.name} · ${t('appTitle')}` : t('appTitle');
  }, [language, place, t]);

  // A place from the address is remembered too, so the next reload without it comes back here.
  useEffect(() => {
    if (place && boundPlaceId === null) rememberPlace(place.id);
  }, [place, boundPlaceId]);

  const pick = (picked: Place): void => {
    setPlaceId(picked.id);
    setConfiguring('new');
  };
  const changePlace = (): void => {
    forgetPlace();
    setPlaceId(null);
    setConfiguring(null);
  };
  const switchLanguage = (next: Language): void => {
    rememberLanguage(next);
    setLanguage(next);
  };

  let screen;
  if (view.status === 'refused' || (view.you !== null && view.you.role !== 'counter')) {
    screen = (
      <DevicePairing
        reason={view.status === 'refused' ? view.refusal : 'wrong-role'}
        t={t}
        onPaired={client.reconnect}
      />
    );
  } else if (!office || !state) {
    screen = (
      <main className="setup">
        <p className="setup__card setup__loading" role="status">
          {t('connecting')}
        </p>
      </main>
    );
  } else if (!place) {
    screen = (
      <PlacePicker
        officeName={office.name}
        places={office.places}
        unknownId={placeId}
        onPick={pick}
        onSwitchLanguage={switchLanguage}
      />
    );
  } else if (configuring) {
    screen = (
      <ErrandSetup
        key={place.id}
        client={client}
        place={place}
        errands={office.errands}
        initial={state.places[place.id]?.errandIds ?? office.errands.map((e) => e.id)}
        online={view.status === 'online'}
        onDone={() => setConfiguring(null)}
        onBack={configuring === 'new' ? changePlace : () => setConfiguring(null)}
      />
    );
  } else {
    screen = (
      <CounterScreen
        key={place.id}
        client={client}
        view={view}
        office={office}
        state={state}
        place={place}
        placeFixed={boundPlaceId !== null}
        onChangePlace={changePlace}
        onChangeErrands={() => setConfiguring('change')}
      />
    );
  }

  return (
    <I18nContext value={i18n}>
      <div className="app">
        <ConnectionBanner
          status={view.status}
          language={language}
          detail={state ? i18n.t('offlineReadOnly') : undefined}
        />
        {screen}
      </div>
    </I18nContext>
  );
}
