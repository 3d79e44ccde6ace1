import type { DeviceRole, PublicOffice } from '@aufruf/protocol';
import { useState } from 'react';
import type { Device } from '../admin-api.ts';
import { apiErrorKey } from '../api-error.ts';
import { formatMoment } from '../format.ts';
import { useI18n } from '../i18n-context.ts';
import { placesText, roleNames } from '../roles.ts';
import type { Loaded } from '../use-api.ts';

const byRoleAndName = (a: Device, b: Device): number =>
  a.role.localeCompare(b.role) || a.name.localeCompare(b.name, 'de');

/** The paired devices, each with a button to block it; blocked ones folded away below. */
export function DeviceTable({
  loaded,
  office,
  now,
  timeZone,
  onRefresh,
  onRevoke,
  onRename,
}: {
  loaded: Loaded<{ devices: Device[]; online: string[] }>;
  office: PublicOffice | null;
  now: number;
  timeZone: string;
  onRefresh: () => void;
  onRevoke: (device: Device) => void;
  onRename: (device: Device, name: string) => void;
}) {
  const { t, language } = useI18n();
  const { result, loading } = loaded;
  const [role, setRole] = useState<DeviceRole | 'all'>('all');
  const devices = result?.ok ? result.value.devices : [];
  const online = new Set(result?.ok ? result.value.online : []);
  const activeDevices = devices
    .filter((d) => d.revokedAt === null && (role === 'all' || d.role === role))
    .sort(byRoleAndName);
  const revoked = devices.filter((d) => d.revokedAt !== null).sort(byRoleAndName);
  const moment = (at: number): string => formatMoment(at, now, timeZone, language, t);

  return (
    <section className="card devices__list" aria-labelledby="devices-title" aria-busy={loading}>
      <div className="card__head">
        <h2 id="devices-title" className="card__title">
          {t('devicesTitle')}
        </h2>
        <button type="button" className="button button--quiet" onClick={onRefresh}>
          {t('refresh')}
        </button>
      </div>
      <label className="field devices__filter">
        <span className="field__label">{t('deviceFilter')}</span>
        <select
          className="field__input"
          value={role}
          onChange={(event) => setRole(event.target.value as DeviceRole | 'all')}
        >
          <option value="all">{t('deviceFilterAll')}</option>
          {(['kiosk', 'counter', 'display', 'admin'] as const).map((r) => (
            <option key={r} value={r}>
              {t(roleNames[r])}
            </option>
          ))}
        </select>
      </label>
      {result && !result.ok ? (
        <p className="alert" role="alert">
          {t(apiErrorKey(result))}
        </p>
      ) : null}
      {result === null ? <p className="muted">{t('loading')}</p> : null}
      {result?.ok && activeDevices.length === 0 ? <p className="muted">{t('noDevices')}</p> : null}
      {activeDevices.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('deviceName')}</th>
                <th scope="col">{t('deviceRole')}</th>
                <th scope="col">{t('devicePlaces')}</th>
                <th scope="col">{t('devicePaired')}</th>
                <th scope="col">{t('deviceLastSeen')}</th>
                <th scope="col">{t('deviceConnection')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('deviceActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {activeDevices.map((device) => (
                <tr key={device.id}>
                  <th scope="row" id={`device-${device.id}`}>
                    {device.name}
                  </th>
                  <td>{t(roleNames[device.role])}</td>
                  <td>{placesText(device, office, t)}</td>
                  <td>{moment(device.createdAt)}</td>
                  <td>{device.lastSeenAt === null ? t('neverSeen') : moment(device.lastSeenAt)}</td>
                  <td>
                    <ConnectionState online={online.has(device.id)} kiosk={device.role === 'kiosk'} />
                  </td>
                  <td className="actions">
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-describedby={`device-${device.id}`}
                      onClick={() => {
                        const name = window.prompt(t('renamePrompt'), device.name)?.trim();
                        if (name && name !== device.name) onRename(device, name);
                      }}
                    >
                      {t('rename')}
                    </button>
                    <button
                      type="button"
                      className="button button--danger-quiet"
                      aria-describedby={`device-${device.id}`}
                      onClick={() => onRevoke(device)}
                    >
                      {t('revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {revoked.length > 0 ? (
        <details className="revoked">
          <summary>{t('revokedTitle', { count: revoked.length })}</summary>
          <ul className="revoked__list">
            {revoked.map((device) => (
              <li key={device.id}>
                <span className="revoked__name">{device.name}</span> · {t(roleNames[device.role])} ·{' '}
                {t('revokedAt', { time: moment(device.revokedAt ?? device.createdAt) })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

/** Connected now or not; a kiosk offline is trouble (nobody can draw a number there). */
function ConnectionState({ online, kiosk }: { online: boolean; kiosk: boolean }) {
  const { t } = useI18n();
  if (online) return <span className="device-link device-link--online">{t('deviceOnline')}</span>;
  return (
    <span className={kiosk ? 'device-link device-link--trouble' : 'device-link device-link--offline'}>
      {t(kiosk ? 'deviceOfflineKiosk' : 'deviceOffline')}
    </span>
  );
}
