import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { Errand, Place, Ticket } from '@aufruf/core';
import { formatTicketNumber } from '@aufruf/core';
import { localized } from '@aufruf/ui';
import { ErrandBadge } from './ErrandBadge.tsx';
import { useI18n } from './i18n-context.ts';

export interface TransferTarget {
  readonly toErrandId?: string;
  readonly toPlaceId?: string;
}

/**
 * Sends the served number on to another errand and/or another place. A native modal dialog: focus stays
 * inside, Escape closes it, and the page behind is inert.
 */
export function TransferDialog({
  ticket,
  errands,
  places,
  placeId,
  onSubmit,
  onClose,
}: {
  ticket: Ticket;
  errands: readonly Errand[];
  places: readonly Place[];
  /** This counter's place: a transfer to it would change nothing. */
  placeId: string;
  onSubmit: (target: TransferTarget) => void;
  onClose: () => void;
}) {
  const { t, language } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [errandId, setErrandId] = useState(ticket.errandId);
  const [toPlaceId, setToPlaceId] = useState('');

  // Opened once on mount; unmounting removes it, which also ends the modal state.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const changesErrand = errandId !== ticket.errandId;
  const changesPlace = toPlaceId !== '';
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!changesErrand && !changesPlace) return;
    onSubmit({
      ...(changesErrand ? { toErrandId: errandId } : {}),
      ...(changesPlace ? { toPlaceId } : {}),
    });
  };

  return (
    <dialog ref={ref} className="transfer" aria-labelledby={`${ids}-title`} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id={`${ids}-title`} className="transfer__title">
          {t('transferTitle', { number: formatTicketNumber(ticket) })}
        </h2>
        <fieldset className="transfer__group">
          <legend>{t('transferErrand')}</legend>
          {errands.map((errand) => (
            <label key={errand.id} className="choice">
              <input
                type="radio"
                name="errand"
                value={errand.id}
                checked={errandId === errand.id}
                onChange={() => setErrandId(errand.id)}
              />
              <ErrandBadge errands={errands} errandId={errand.id} size="small" decorative />
              <span>
                {localized(errand.name, language)}
                {errand.id === ticket.errandId ? (
                  <span className="choice__note"> ({t('transferCurrent')})</span>
                ) : null}
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="transfer__group transfer__places">
          <legend>{t('transferPlace')}</legend>
          <label className="choice">
            <input
              type="radio"
              name="place"
              value=""
              checked={toPlaceId === ''}
              onChange={() => setToPlaceId('')}
            />
            <span>{t('transferAnyPlace')}</span>
          </label>
          {places
            .filter((p) => p.id !== placeId)
            .map((place) => (
              <label key={place.id} className="choice">
                <input
                  type="radio"
                  name="place"
                  value={place.id}
                  checked={toPlaceId === place.id}
                  onChange={() => setToPlaceId(place.id)}
                />
                <span>{place.name}</span>
              </label>
            ))}
        </fieldset>
        {!changesErrand && !changesPlace ? (
          <p id={`${ids}-hint`} className="transfer__hint">
            {t('transferNothing')}
          </p>
        ) : null}
        <div className="transfer__buttons">
          <button type="button" className="action action--quiet" onClick={() => ref.current?.close()}>
            <span className="action__label">{t('cancel')}</span>
          </button>
          <button
            type="submit"
            className="action action--primary-small"
            disabled={!changesErrand && !changesPlace}
            aria-describedby={!changesErrand && !changesPlace ? `${ids}-hint` : undefined}
          >
            <span className="action__label">{t('transferSubmit')}</span>
          </button>
        </div>
      </form>
    </dialog>
  );
}
