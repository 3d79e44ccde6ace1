import type { Place } from '@aufruf/core';
import { LanguageSelect } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { useI18n } from './i18n-context.ts';

/** First step on a new computer: which place is this? */
export function PlacePicker({
  officeName,
  places,
  unknownId,
  onPick,
  onSwitchLanguage,
}: {
  officeName: string;
  places: readonly Place[];
  /** A place id from the address or storage that the office does not know. */
  unknownId: string | null;
  onPick: (place: Place) => void;
  onSwitchLanguage: (language: Language) => void;
}) {
  const { t, language } = useI18n();
  return (
    <main className="setup">
      <div className="setup__card">
        <p className="setup__office">{officeName}</p>
        <h1 className="setup__title">{t('pickPlaceTitle')}</h1>
        {unknownId !== null ? (
          <p className="setup__notice" role="status">
            {t('unknownPlace', { id: unknownId })}
          </p>
        ) : null}
        <div className="place-grid">
          {places.map((place) => (
            <button key={place.id} type="button" className="place-button" onClick={() => onPick(place)}>
              {place.name}
            </button>
          ))}
        </div>
        <p className="setup__hint">{t('pickPlaceHint')}</p>
      </div>
      <LanguageSelect className="setup__language" language={language} onChange={onSwitchLanguage} />
    </main>
  );
}
