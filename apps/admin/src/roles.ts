import type { DeviceRole } from '@aufruf/protocol';
import type { PublicOffice } from '@aufruf/protocol';
import type { Translate } from './i18n.ts';
import type { MessageKey } from './i18n.ts';

/** Each device role's German (or English) name. */
export const roleNames: Record<DeviceRole, MessageKey> = {
  kiosk: 'roleKiosk',
  counter: 'roleCounter',
  display: 'roleDisplay',
  admin: 'roleAdmin',
};

/** Where a paired device works: a counter's place, a display's places; nothing for the others. */
export function placesText(
  device: { role: DeviceRole; placeId: string | null; places: readonly string[] | null },
  office: PublicOffice | null,
  t: Translate,
): string {
  const name = (id: string): string => office?.places.find((p) => p.id === id)?.name ?? id;
  if (device.role === 'counter') return device.placeId ? name(device.placeId) : t('anyPlace');
  if (device.role === 'display') return device.places ? device.places.map(name).join(', ') : t('allPlaces');
  return '–';
}
