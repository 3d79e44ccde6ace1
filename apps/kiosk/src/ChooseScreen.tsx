import type { Outlook, TicketKind } from '@aufruf/core';
import { issuingNow } from '@aufruf/core';
import type { PublicOffice } from '@aufruf/protocol';
import { SpeakerIcon, localized } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { formatWait, pastClosingText } from '@aufruf/wording';
import { ClosedNotice } from './ClosedNotice.tsx';
import { ErrandTile } from './ErrandTile.tsx';
import { KindChoice } from './KindChoice.tsx';
import { LanguageBar } from './LanguageBar.tsx';
import type { Translate } from './i18n.ts';
import { nextOpeningText } from './next-opening.ts';
import { languageOf } from './own-language.ts';
import { useFocusOnMount } from './use-focus-on-mount.ts';
import { useSecondTap } from './use-second-tap.ts';
import type { Speak } from './use-speech.ts';

/** The start screen: one question, one big tile per errand. */
export function ChooseScreen({
  office,
  now,
  online,
  printerDown,
  outlooks,
  stoppedErrands,
  pendingErrandId,
  language,
  kind,
  speech,
  onLanguage,
  onKind,
  onSpeech,
  speak,
  onDraw,
  t,
}: {
  office: PublicOffice;
  now: number;
  online: boolean;
  /** The printer cannot print: drawing still works, the number is shown on screen. */
  printerDown: boolean;
  /** People ahead of a ticket drawn now and its expected wait, per errand id. */
  outlooks: Readonly<Record<string, Outlook>>;
  /** Errands the office stopped handing out numbers for today. */
  stoppedErrands: readonly string[];
  pendingErrandId: string | null;
  language: Language;
  kind: TicketKind;
  /** Spoken help is on: the first tap on a tile reads it out, the second chooses. */
  speech: boolean;
  onLanguage: (language: Language) => void;
  onKind: (kind: TicketKind) => void;
  onSpeech: (on: boolean) => void;
  speak: Speak;
  onDraw: (errandId: string) => void;
  t: Translate;
}) {
  const { armed, press } = useSecondTap(speech, speak);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const errands = office.errands.filter((e) => e.active !== false);
  const issuing = issuingNow(office, now);
  // "Tag schließen" or every errand stopped: nothing to choose, so one calm screen instead of greyed tiles.
  const allStopped = errands.length > 0 && errands.every((e) => stoppedErrands.includes(e.id));
  const choosing = issuing.open && !allStopped;
  const priorityOffered = errands.some((e) => e.priority === true);
  const reopens = nextOpeningText(office, now, language, t);

  return (
    <>
      <main className="choose">
        {/* Closed, there is nothing to choose: the heading says so instead of asking. */}
        <h1 className="choose-prompt" ref={heading} tabIndex={-1}>
          {choosing ? t('chooseErrand') : t('closedTitle')}
        </h1>
        {speech ? <p className="speech-hint">{t('speechHint')}</p> : null}
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
        {choosing ? (
          <>
            {kind === 'normal' ? null : (
              <p className="kind-chosen" role="status">
                {t(kind === 'priority' ? 'kindChosenPriority' : 'kindChosenAppointment')}
              </p>
            )}
            <ul className="errand-list" aria-busy={pendingErrandId !== null}>
              {errands.map((errand) => {
                const index = office.errands.indexOf(errand);
                const name = localized(errand.name, language);
                const hint = localized(errand.hint, language);
                const noPriority = kind === 'priority' && errand.priority !== true;
                const outlook = outlooks[errand.id];
                // The same figure the hub refuses a draw by (its cut-off 'stop'), so the tile says it first.
                const late = outlook?.estimate?.pastClosing === true;
                const full = late && errand.cutOff === 'stop';
                const stopped = stoppedErrands.includes(errand.id) || full;
                const warning =
                  late && (errand.cutOff ?? 'warn') === 'warn'
                    ? pastClosingText(outlook.estimate, language)
                    : null;
                // Why a tile cannot be chosen takes the place of the examples.
                const why = full ? t('capacityStopped') : stopped ? t('issuingStopped') : null;
                const reason = why
                  ? [why, reopens].filter(Boolean).join('. ')
                  : noPriority
                    ? t('noPriority')
                    : null;
                const label = [name, reason ?? hint, warning].filter(Boolean).join('. ');
                return (
                  <li key={errand.id}>
                    <ErrandTile
                      letter={errand.letter}
                      index={index}
                      colour={errand.colour}
                      name={name}
                      nameLanguage={languageOf(errand.name, language)}
                      hint={reason ?? hint}
                      hintLanguage={reason ? language : languageOf(errand.hint, language)}
                      spoken={label}
                      waiting={
                        stopped
                          ? null
                          : {
                              ahead: outlook?.ahead ?? 0,
                              estimate: outlook?.estimate ? formatWait(outlook.estimate, language) : null,
                            }
                      }
                      warning={warning}
                      language={language}
                      t={t}
                      disabled={!online || pendingErrandId !== null || noPriority || stopped}
                      pending={pendingErrandId === errand.id}
                      armed={armed === errand.id}
                      onSelect={() => press(errand.id, label, () => onDraw(errand.id))}
                    />
                  </li>
                );
              })}
            </ul>
            <KindChoice
              kind={kind}
              priorityOffered={priorityOffered}
              t={t}
              onChange={onKind}
              onSpeak={speak}
            />
          </>
        ) : (
          <ClosedNotice issuing={issuing} stoppedToday={issuing.open} reopens={reopens} t={t} />
        )}
      </main>
      <LanguageBar language={language} label={t('languageLabel')} onChange={onLanguage}>
        <button
          type="button"
          className="language-button speech-button"
          aria-pressed={speech}
          onClick={() => onSpeech(!speech)}
        >
          <SpeakerIcon className="language-flag speech-icon" />
          <span>{t('speech')}</span>
        </button>
      </LanguageBar>
    </>
  );
}
