import { useId, useState } from 'react';
import { formatTicketNumber, isOpen } from '@aufruf/core';
import type { OfficeState, Ticket } from '@aufruf/core';
import type { PublicOffice } from '@aufruf/protocol';
import { formatClock, localized } from '@aufruf/ui';
import { cancelTicket, closeDay } from '../admin-api.ts';
import type { ApiResult } from '../admin-api.ts';
import { useAdmin } from '../admin-context.ts';
import { apiErrorKey } from '../api-error.ts';
import { useI18n } from '../i18n-context.ts';

/** "A12", "a 12", "A 012" all name the number A 12. */
const normalise = (text: string): string =>
  text
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/^([A-Z]+)0+/, '$1');

/** Today's open ticket with this number, if the text names one. */
export function findOpenTicket(state: OfficeState, text: string): Ticket | undefined {
  const wanted = normalise(text);
  if (wanted === '') return undefined;
  return [...state.tickets.values()].find(
    (t) => isOpen(t) && t.day === state.day && normalise(`${t.letter}${t.number}`) === wanted,
  );
}

/**
 * The office head's controls of the day: "Stornieren" for one open number (a duplicate, a visitor who
 * left), with a reason for the change log, and "Tag schließen" – every open number ends, their phones
 * are told, and no more numbers are handed out today. Both ask once more before they act.
 */
export function DayControls({ state, office }: { state: OfficeState; office: PublicOffice }) {
  const { t, language } = useI18n();
  const { secret, onUnauthorized } = useAdmin();
  const id = useId();
  const [number, setNumber] = useState('');
  const [note, setNote] = useState('');
  const [closing, setClosing] = useState(false);
  const [closeNote, setCloseNote] = useState('');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ readonly kind: 'done' | 'error'; readonly text: string } | null>(
    null,
  );
  const ticket = findOpenTicket(state, number);
  const open = [...state.tickets.values()].filter((t) => isOpen(t) && t.day === state.day).length;

  const run = (call: () => Promise<ApiResult<{ ended: number }>>, done: (ended: number) => string): void => {
    setPending(true);
    setMessage(null);
    void call().then((result) => {
      setPending(false);
      if (result.ok) {
        setMessage({ kind: 'done', text: done(result.value.ended) });
        return;
      }
      if (result.status === 401) onUnauthorized();
      else setMessage({ kind: 'error', text: t(apiErrorKey(result)) });
    });
  };

  return (
    <section className="card day-controls" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t('dayControlsTitle')}
      </h2>
      <form
        className="day-controls__cancel"
        onSubmit={(event) => {
          event.preventDefault();
          if (!ticket) return;
          const shown = formatTicketNumber(ticket);
          run(
            () => cancelTicket(secret, ticket.id, note),
            () => t('cancelDone', { number: shown }),
          );
          setNumber('');
          setNote('');
        }}
      >
        <label className="field">
          <span className="field__label">{t('cancelNumber')}</span>
          <input
            className="field__input"
            value={number}
            placeholder="A 12"
            autoComplete="off"
            aria-describedby={`${id}-found`}
            onChange={(event) => setNumber(event.target.value)}
          />
        </label>
        <p id={`${id}-found`} className="field__hint" aria-live="polite">
          {number.trim() === ''
            ? null
            : ticket
              ? t(ticket.status === 'called' ? 'cancelFoundCalled' : 'cancelFoundWaiting', {
                  number: formatTicketNumber(ticket),
                  errand: localized(office.errands.find((e) => e.id === ticket.errandId)?.name, language),
                  time: formatClock(ticket.drawnAt, office.timeZone, language),
                })
              : t('cancelNotFound')}
        </p>
        <label className="field">
          <span className="field__label">{t('cancelReason')}</span>
          <input
            className="field__input"
            value={note}
            maxLength={200}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <button type="submit" className="button button--danger-quiet" disabled={!ticket || pending}>
          {t('cancelButton')}
        </button>
      </form>

      <div className="day-controls__close">
        {closing ? (
          <div role="group" aria-labelledby={`${id}-close-q`} className="day-controls__confirm">
            <p id={`${id}-close-q`}>{t('closeDayQuestion', { count: open })}</p>
            <label className="field">
              <span className="field__label">{t('cancelReason')}</span>
              <input
                className="field__input"
                value={closeNote}
                maxLength={200}
                onChange={(event) => setCloseNote(event.target.value)}
              />
            </label>
            <p className="day-controls__buttons">
              <button
                type="button"
                className="button button--danger"
                disabled={pending}
                onClick={() => {
                  setClosing(false);
                  run(
                    () => closeDay(secret, closeNote),
                    (ended) => t('closeDayDone', { count: ended }),
                  );
                }}
              >
                {t('closeDayConfirm')}
              </button>{' '}
              <button type="button" className="button button--quiet" onClick={() => setClosing(false)}>
                {t('closeDayKeep')}
              </button>
            </p>
          </div>
        ) : (
          <button
            type="button"
            className="button button--danger-quiet"
            disabled={pending}
            onClick={() => {
              setMessage(null);
              setClosing(true);
            }}
          >
            {t('closeDayButton')}
          </button>
        )}
      </div>
      {message ? (
        <p
          className={message.kind === 'error' ? 'alert' : 'notice'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
