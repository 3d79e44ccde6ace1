import type { FollowView } from '@aufruf/protocol';
import { localized } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { aheadText, formatWait, pastClosingText } from '@aufruf/wording';
import type { ComponentChildren } from 'preact';
import type { Screen } from './follow-screen.ts';
import type { FollowKey, Translate } from './i18n.ts';
import { EndIcon } from './EndIcon.tsx';
import { Ticket } from './Ticket.tsx';

interface Props {
  screen: Screen;
  view: FollowView | null;
  t: Translate;
  language: Language;
}

/** Closing words for a ticket that is no longer waiting, or a page that has nothing to follow. */
const ENDINGS: Partial<Record<Screen, readonly [FollowKey, FollowKey]>> = {
  served: ['served', 'servedNote'],
  'no-show': ['noShow', 'noShowNote'],
  expired: ['notCurrent', 'notCurrentNote'],
  cancelled: ['cancelled', 'cancelledNote'],
  'day-closed': ['dayClosed', 'dayClosedNote'],
  'not-current': ['notCurrent', 'notCurrentNote'],
};

/** What the state is, in words and numbers: the part of the page a screen reader announces. */
export function StateView({ screen, view, t, language }: Props) {
  if (screen === 'connecting' || !view) {
    const ending = ENDINGS[screen];
    return ending ? (
      <Ending screen={screen} title={t(ending[0])} note={t(ending[1])} />
    ) : (
      <p class="lead">{t('connecting')}</p>
    );
  }
  const errand = localized(view.errandName, language);
  const estimate = view.estimate;
  const ahead = aheadText(view.ahead, language);
  const facts = (
    <div class="facts">
      <p class="ahead">{ahead}</p>
      {estimate && (
        <p class="estimate">
          <span class="estimate-label">{t('estimateLabel')}</span>{' '}
          <span class="estimate-value">{formatWait(estimate, language)}</span>
        </p>
      )}
      {estimate?.pastClosing && <p class="past-closing">{pastClosingText(estimate, language)}</p>}
    </div>
  );

  switch (screen) {
    case 'waiting':
      return (
        <>
          <h1 class="ticket-heading">
            <Ticket ticket={view.ticket} label={t('yourNumber')} />
          </h1>
          <p class="errand">{errand}</p>
          {facts}
        </>
      );
    case 'come-back':
      return (
        <>
          <h1 class="headline">{t('comeBack')}</h1>
          <p class="lead">{t('comeBackNote')}</p>
          <p class="ticket-line">
            <Ticket ticket={view.ticket} label={t('yourNumber')} />
          </p>
          <p class="errand">{errand}</p>
          {facts}
        </>
      );
    case 'called':
      return (
        <>
          {view.ticket.calls > 1 && <p class="tag">{t('recalled')}</p>}
          <h1 class="headline headline--called">
            {view.placeName ? (
              <>
                <span class="called-lead">{t('called')}</span> <span class="place">{view.placeName}</span>
              </>
            ) : (
              t('calledNoPlace')
            )}
          </h1>
          <p class="ticket-line">
            <Ticket ticket={view.ticket} label={t('yourNumber')} />
          </p>
          {view.placeName && <p class="lead">{t('calledGo', { place: view.placeName })}</p>}
        </>
      );
    default: {
      const ending = ENDINGS[screen] ?? ['notCurrent', 'notCurrentNote'];
      return (
        <Ending screen={screen} title={t(ending[0])} note={t(ending[1])}>
          <p class="ticket-line ticket-line--small">
            <Ticket ticket={view.ticket} label={t('yourNumber')} />
          </p>
        </Ending>
      );
    }
  }
}

function Ending({
  screen,
  title,
  note,
  children,
}: {
  screen: Screen;
  title: string;
  note: string;
  children?: ComponentChildren;
}) {
  return (
    <>
      <EndIcon kind={screen === 'served' ? 'served' : 'info'} />
      <h1 class="headline headline--calm">{title}</h1>
      <p class="lead">{note}</p>
      {children}
    </>
  );
}
