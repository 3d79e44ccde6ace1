import type { Errand, Place, PlaceState } from '@aufruf/core';
import type { ConnectionStatus as Status } from '@aufruf/client';
import type { DeviceStatus as DeviceStatusType, PrinterReport } from '@aufruf/protocol';
import { ConnectionDot, localized } from '@aufruf/ui';
import { ActionButton } from './ActionButton.tsx';
import { DeviceStatus } from './DeviceStatus.tsx';
import { PrinterStatus } from './PrinterStatus.tsx';
import { ErrandBadge } from './ErrandBadge.tsx';
import { useI18n } from './i18n-context.ts';
import type { PressVia } from './press-guard.ts';

/** Place, errands served, connection, and the switches that change how this place works. */
export function TopBar({
  place,
  placeState,
  errands,
  status,
  printers,
  devices,
  placeFixed,
  pauseDisabled,
  onTogglePause,
  signOutDisabled,
  onSignOut,
  onChangeErrands,
  onChangePlace,
}: {
  place: Place;
  placeState: PlaceState;
  errands: readonly Errand[];
  status: Status;
  printers: readonly PrinterReport[];
  devices: readonly DeviceStatusType[];
  /** The device is paired for this one place: no "Platz wechseln". */
  placeFixed: boolean;
  pauseDisabled: boolean;
  /** Pauses (choosing how long first) or ends the pause. */
  onTogglePause: (via: PressVia) => void;
  signOutDisabled: boolean;
  onSignOut: () => void;
  onChangeErrands: () => void;
  onChangePlace: () => void;
}) {
  const { t, language } = useI18n();
  const served = errands.filter((e) => placeState.errandIds.includes(e.id));
  const busy = placeState.ticketId !== null;
  const pauseHint = busy && !placeState.paused ? t('pauseBusy') : undefined;
  return (
    <header className={`topbar${placeState.paused ? ' topbar--paused' : ''}`}>
      <div className="topbar__who">
        <h1 className="topbar__place">{place.name}</h1>
        <ul className="topbar__errands" aria-label={t('servedErrands')}>
          {served.length === 0 ? <li className="topbar__none">{t('noServedErrands')}</li> : null}
          {served.map((errand) => (
            <li key={errand.id} title={localized(errand.name, language)}>
              <ErrandBadge errands={errands} errandId={errand.id} size="small" />
              <span className="visually-hidden">{localized(errand.name, language)}</span>
            </li>
          ))}
        </ul>
        <ConnectionDot status={status} t={t} />
        <PrinterStatus printers={printers} />
        <DeviceStatus devices={devices} />
      </div>
      <div className="topbar__actions">
        {placeState.staffed ? (
          <span title={pauseHint}>
            <ActionButton
              label={placeState.paused ? t('resume') : t('pause')}
              shortcut="P"
              variant="toggle"
              pressed={placeState.paused}
              disabled={pauseDisabled}
              onClick={onTogglePause}
            />
          </span>
        ) : null}
        <ActionButton label={t('changeErrands')} variant="quiet" onClick={onChangeErrands} />
        {placeFixed ? null : (
          <ActionButton label={t('changePlace')} variant="quiet" onClick={onChangePlace} />
        )}
        {placeState.staffed ? (
          <span title={busy ? t('signOutBusy') : undefined}>
            <ActionButton
              label={t('signOut')}
              variant="quiet"
              disabled={signOutDisabled}
              onClick={onSignOut}
            />
          </span>
        ) : null}
      </div>
    </header>
  );
}
