import type { DeviceStatus as Device } from '@aufruf/protocol';
import { useI18n } from './i18n-context.ts';

/**
 * Paired kiosks and displays that are gone (closed, unplugged, the network down): a kiosk offline means
 * nobody can draw a number there, so it is red; a display offline means nobody sees the calls there.
 * Nothing while all are connected.
 */
export function DeviceStatus({ devices }: { devices: readonly Device[] }) {
  const { t } = useI18n();
  const gone = devices.filter((d) => !d.online);
  return (
    <span className="device-status" role="status">
      {gone.map((device) => (
        <span key={device.id} className={`device-status__item device-status__item--${device.role}`}>
          {t(device.role === 'kiosk' ? 'kioskOffline' : 'displayOffline', { name: device.name })}
        </span>
      ))}
    </span>
  );
}
