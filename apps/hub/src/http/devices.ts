import {
  deviceListSchema,
  deviceParamsSchema,
  renameDeviceSchema,
  renamedDeviceSchema,
  revokedDeviceSchema,
} from '@aufruf/protocol';
import type { ConnectedCounters } from '@aufruf/protocol';
import type { Store } from '@aufruf/store';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { refuse } from './http-errors.ts';

export interface DevicesDeps {
  readonly store: Store;
  readonly now: () => number;
  /** The place of every connected counter (see counter-presence.ts). */
  readonly counterPlaces: () => ConnectedCounters;
  /** Cuts a revoked device off at once. */
  readonly disconnectDevice: (deviceId: string) => void;
  /** Paired devices connected now. */
  readonly onlineDevices: () => ReadonlySet<string>;
}

/** The paired devices (admin): list, revoke, rename. */
export const deviceRoutes: FastifyPluginCallbackZod<DevicesDeps> = (app, deps, done) => {
  app.get('/api/admin/devices', { schema: { response: { 200: deviceListSchema } } }, () => ({
    devices: deps.store.devices.list(),
    connectedCounters: deps.counterPlaces(),
    online: [...deps.onlineDevices()],
  }));

  app.post(
    '/api/admin/devices/:id/revoke',
    { schema: { params: deviceParamsSchema, response: { 200: revokedDeviceSchema } } },
    (request) => {
      const { id } = request.params;
      if (!deps.store.devices.revoke(id, deps.now())) {
        throw refuse(404, 'unknown-device', `No active device "${id}".`);
      }
      deps.disconnectDevice(id);
      request.log.info({ deviceId: id }, 'device revoked');
      return { revoked: id };
    },
  );

  app.patch(
    '/api/admin/devices/:id',
    {
      schema: {
        params: deviceParamsSchema,
        body: renameDeviceSchema,
        response: { 200: renamedDeviceSchema },
      },
    },
    (request) => {
      const { id } = request.params;
      const { name } = request.body;
      if (!deps.store.devices.rename(id, name)) throw refuse(404, 'unknown-device', `No device "${id}".`);
      return { id, name };
    },
  );
  done();
};
