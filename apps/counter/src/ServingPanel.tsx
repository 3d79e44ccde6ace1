import type { Errand, Ticket } from '@aufruf/core';
import { localized, TicketNumber } from '@aufruf/ui';
import { KindBadge } from './KindBadge.tsx';
import { ActionButton } from './ActionButton.tsx';
import { ErrandBadge } from './ErrandBadge.tsx';
import { errandToneOf } from './errand-index.ts';
import { formatClockSeconds } from './format-clock.ts';
import { formatSince } from './format-duration.ts';
import { useI18n } from './i18n-context.ts';
import type { PressVia } from './press-guard.ts';

type Press = (via: PressVia) => void;

export interface ServingActions {
  readonly complete: Press;
  readonly recall: Press;
  readonly noShow: Press;
  readonly putBack: Press;
  readonly transfer: Press;
}

/** The ticket this place is serving: its number huge, how long ago it was called, and what to do next. */
export function ServingPanel({
  ticket,
  errands,
  recalls,
  noShowFrom,
  timeZone,
  now,
  disabled,
  actions,
}: {
  ticket: Ticket;
  errands: readonly Errand[];
  /** How many more times the calling rules allow to call this number out. */
  recalls: number;
  /** From when (hub time) "Nicht erschienen" is possible, while that is still ahead; else null. */
  noShowFrom: number | null;
  timeZone: string;
  now: number;
  disabled: boolean;
  actions: ServingActions;
}) {
  const { t, language } = useI18n();
  const errand = errands.find((e) => e.id === ticket.errandId);
  // The latest call or recall: after "Erneut aufrufen" the clerk wants to know how long that one is ago.
  const calledAt = ticket.calledAt ?? ticket.firstCalledAt ?? now;
  return (
    <div className="serving">
      <div className="serving__ticket" data-tone={errandToneOf(errands, ticket.errandId)}>
        <h2 className="serving__label">{t('serving')}</h2>
        <TicketNumber ticket={ticket} className="serving__number" />
        <span className="serving__errand">
          <ErrandBadge errands={errands} errandId={ticket.errandId} />
          {localized(errand?.name, language)}
          <KindBadge ticket={ticket} />
        </span>
        <span className="serving__meta">
          <span>{formatSince(now - calledAt, t)}</span>
          <span aria-hidden="true">·</span>
          <span>{t('calledTimes', { count: ticket.calls })}</span>
        </span>
      </div>
      <ActionButton
        label={t('complete')}
        shortcut="E"
        variant="primary"
        disabled={disabled}
        onClick={actions.complete}
      />
      <div className="serving__more">
        <ActionButton
          label={t('recall')}
          shortcut="A"
          disabled={disabled || recalls === 0}
          describedBy="recall-note"
          onClick={actions.recall}
        />
        <ActionButton
          label={t('noShow')}
          shortcut="N"
          disabled={disabled || noShowFrom !== null}
          describedBy={noShowFrom === null ? undefined : 'no-show-note'}
          onClick={actions.noShow}
        />
        <ActionButton label={t('putBack')} shortcut="Z" disabled={disabled} onClick={actions.putBack} />
        <ActionButton label={t('transfer')} shortcut="W" disabled={disabled} onClick={actions.transfer} />
      </div>
      <p className="serving__rules">
        <span id="recall-note">
          {recalls === 0 ? t('recallLimitReached') : t('recallsLeft', { count: recalls })}
        </span>
        {noShowFrom === null ? null : (
          <>
            {' · '}
            <span id="no-show-note">
              {t('noShowFrom', { time: formatClockSeconds(noShowFrom, timeZone, language) })}
            </span>
          </>
        )}
      </p>
    </div>
  );
}
