import type { OfficeState, WaitEstimate } from '@aufruf/core';
import { errandQueues } from '@aufruf/core';
import type { PublicOffice } from '@aufruf/protocol';
import { formatWait, localized } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { ErrandTile } from './ErrandTile.tsx';
import { LanguageBar } from './LanguageBar.tsx';
import type { Translate } from './i18n.ts';

/** The start screen: one question, one big tile per errand. */
export function ChooseScreen({
  office,
  state,
  online,
  printerDown,
  estimates,
  pendingErrandId,
  language,
  onLanguage,
  onDraw,
  t,
}: {
  office: PublicOffice;
  state: OfficeState;
  online: boolean;
  /** The printer cannot print: drawing still works, the number is shown on screen. */
  printerDown: boolean;
  /** Expected wait of a ticket drawn now, per errand id. */
  estimates: Readonly<Record<string, WaitEstimate | null>>;
  pendingErrandId: string | null;
  language: Language;
  onLanguage: (language: Language) => void;
  onDraw: (errandId: string) => void;
  t: Translate;
}) {
  const queues = errandQueues(
    state,
    office.errands.map((e) => e.id),
  );
  return (
    <>
      <main className="choose">
        <h1 className="choose-prompt">{t('chooseErrand')}</h1>
        {online ? null : (
          <div className="kiosk-notice" role="status">
            <p className="kiosk-notice-title">{t('offlineTitle')}</p>
            <p>{t('offlineAdvice')}</p>
          </div>
        )}
        {online && printerDown ? (
          <p className="kiosk-notice printer-notice" role="status">
            {t('printerNotice')}
          </p>
        ) : null}
        <ul className="errand-list" aria-busy={pendingErrandId !== null}>
          {office.errands.map((errand, index) => (
            <li key={errand.id}>
              <ErrandTile
                letter={errand.letter}
                index={index}
                name={localized(errand.name, language)}
                hint={localized(errand.hint, language)}
                waiting={queues[index]?.waiting ?? 0}
                estimate={estimateText(estimates[errand.id], language)}
                t={t}
                disabled={!online || pendingErrandId !== null}
                pending={pendingErrandId === errand.id}
                onSelect={() => onDraw(errand.id)}
              />
            </li>
          ))}
        </ul>
      </main>
      <LanguageBar language={language} label={t('languageLabel')} onChange={onLanguage} />
    </>
  );
}

/** Nobody waiting means no estimate worth showing ("unter 5 Min." would be noise). */
const estimateText = (estimate: WaitEstimate | null | undefined, language: Language): string | null =>
  estimate && estimate.maxMinutes > 5 ? formatWait(estimate, language) : null;
