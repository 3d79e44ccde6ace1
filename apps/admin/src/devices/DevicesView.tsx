import { useEffect, useState } from 'react';
import type { PublicOffice } from '@aufruf/protocol';
import { listDevices, listPairings, renameDevice } from '../admin-api.ts';
import type { Device, NewPairing } from '../admin-api.ts';
import { useAdmin } from '../admin-context.ts';
import { useApi } from '../use-api.ts';
import { DeviceTable } from './DeviceTable.tsx';
import { OpenPairings } from './OpenPairings.tsx';
import { PairForm } from './PairForm.tsx';
import { PairingResult } from './PairingResult.tsx';
import { RevokeDialog } from './RevokeDialog.tsx';

/** A pairing code just made, with what it was made for. */
export type CreatedPairing = NewPairing & { readonly name: string };

// A new device shows up here after it redeemed its code: look again now and then while the tab is open.
const POLL_MS = 10_000;

/** "Geräte": the paired devices, pairing a new one, and blocking one that is lost or replaced. */
export function DevicesView({
  active,
  visit,
  office,
  now,
  timeZone,
}: {
  active: boolean;
  /** Changes each time the tab is opened: the lists are loaded afresh. */
  visit: number;
  office: PublicOffice | null;
  now: number;
  timeZone: string;
}) {
  const { secret, onUnauthorized } = useAdmin();
  const devices = useApi(active ? `devices-${visit}` : null, () => listDevices(secret));
  const pairings = useApi(active ? `pairings-${visit}` : null, () => listPairings(secret));
  const [created, setCreated] = useState<CreatedPairing | null>(null);
  const [revoking, setRevoking] = useState<Device | null>(null);
  const reloadDevices = devices.reload;
  const reloadPairings = pairings.reload;

  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      reloadDevices();
      reloadPairings();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [active, reloadDevices, reloadPairings]);

  const refresh = (): void => {
    reloadDevices();
    reloadPairings();
  };

  return (
    <div className="devices">
      <div className="devices__main">
        <DeviceTable
          loaded={devices}
          office={office}
          now={now}
          timeZone={timeZone}
          onRefresh={refresh}
          onRevoke={setRevoking}
          onRename={(device, name) => {
            void renameDevice(secret, device.id, name).then((result) => {
              if (!result.ok && result.status === 401) onUnauthorized();
              else reloadDevices();
            });
          }}
        />
        <OpenPairings loaded={pairings} office={office} now={now} timeZone={timeZone} />
      </div>
      <div className="devices__side">
        {created ? (
          <PairingResult pairing={created} timeZone={timeZone} onDone={() => setCreated(null)} />
        ) : (
          <PairForm
            office={office}
            onCreated={(pairing) => {
              setCreated(pairing);
              reloadPairings();
            }}
          />
        )}
      </div>
      {revoking ? (
        <RevokeDialog
          device={revoking}
          onClose={(revoked) => {
            setRevoking(null);
            if (revoked) reloadDevices();
          }}
        />
      ) : null}
    </div>
  );
}
