import { fail, ok } from '@aufruf/core';
import type { Result } from '@aufruf/core';
import type { DeviceRole, Identity, PairReply } from '@aufruf/protocol';
import type { Store } from '@aufruf/store';
import { formatPairingCode, hashToken, newDeviceToken, newPairingCode } from './secrets.ts';

/** Pairing codes are typed within minutes of being shown; an old one is worthless. */
export const PAIRING_TTL_MS = 15 * 60 * 1000;

export interface PairingRequest {
  readonly role: DeviceRole;
  readonly name: string;
  readonly placeId: string | null;
  readonly places: readonly string[] | null;
}

/** Creates a single-use code for a new device; only its hash is stored. */
export function createPairing(
  store: Store,
  request: PairingRequest,
  now: number,
): { code: string; expiresAt: number } {
  const code = newPairingCode();
  const expiresAt = now + PAIRING_TTL_MS;
  store.devices.addPairing({ codeHash: hashToken(code), createdAt: now, expiresAt, ...request });
  return { code: formatPairingCode(code), expiresAt };
}

/** Redeems a code: the device gets its long-lived token, the code is gone. */
export function redeemPairing(
  store: Store,
  code: string,
  now: number,
  newId: () => string,
): Result<PairReply, 'unknown-code'> {
  const pairing = store.devices.takePairing(hashToken(code), now);
  if (!pairing) return fail('unknown-code');
  const token = newDeviceToken();
  const identity: Identity = {
    role: pairing.role,
    deviceId: newId(),
    name: pairing.name,
    placeId: pairing.placeId,
    places: pairing.places,
  };
  store.devices.add(
    {
      id: identity.deviceId ?? '',
      name: identity.name,
      role: pairing.role,
      placeId: pairing.placeId,
      places: pairing.places,
      createdAt: now,
    },
    hashToken(token),
  );
  return ok({ token, identity });
}
