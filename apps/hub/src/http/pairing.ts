import {
  newPairingSchema,
  openPairingsSchema,
  pairingRequestSchema,
  pairReplySchema,
  pairRequestSchema,
} from '@aufruf/protocol';
import type { Store } from '@aufruf/store';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { createPairing, redeemPairing } from '../auth/pairing.ts';
import type { RateLimits } from '../socket/rate-limits.ts';
import { refuse } from './http-errors.ts';

export interface PairingDeps {
  readonly store: Store;
  readonly limits: RateLimits;
  readonly now: () => number;
  readonly newId: () => string;
  readonly placeIds: () => readonly string[];
  /** Where devices reach the hub: the base of the link that pairs a device when opened. */
  readonly publicUrl: () => string;
}

const appOfRole = { kiosk: 'kiosk', counter: 'counter', display: 'display', admin: 'admin' } as const;

/**
 * POST /api/pair: a new device sends its code and gets its token. Pairing codes are guessable (eight
 * characters), so an address with ten wrong ones is refused for a while before its code is even read.
 */
export const pairRoutes: FastifyPluginCallbackZod<PairingDeps> = (app, deps, done) => {
  app.post(
    '/api/pair',
    {
      schema: { body: pairRequestSchema, response: { 200: pairReplySchema } },
      config: {
        invalid: {
          code: 'invalid-code',
          message: 'A pairing code has eight letters or digits, e.g. K7MQ-2QXD.',
        },
      },
      onRequest: async (request) => {
        if (!(await deps.limits.mayCheck('pairing-code', request.ip))) {
          throw refuse(429, 'rate-limited', 'Too many wrong codes; try again in ten minutes.');
        }
      },
    },
    async (request) => {
      const result = redeemPairing(deps.store, request.body.code, deps.now(), deps.newId);
      if (result.ok) {
        const { deviceId, role } = result.value.identity;
        request.log.info({ deviceId, role }, 'device paired');
        return result.value;
      }
      await deps.limits.failed('pairing-code', request.ip);
      throw refuse(404, 'unknown-code', 'This code is unknown, used or expired.');
    },
  );
  done();
};

/** GET and POST /api/admin/pairings (admin): the open codes, and a new one for a device. */
export const pairingRoutes: FastifyPluginCallbackZod<PairingDeps> = (app, deps, done) => {
  app.get('/api/admin/pairings', { schema: { response: { 200: openPairingsSchema } } }, () => ({
    pairings: deps.store.devices.listPairings(deps.now()).map(({ codeHash: _hidden, ...open }) => open),
  }));

  app.post(
    '/api/admin/pairings',
    { schema: { body: pairingRequestSchema, response: { 201: newPairingSchema } } },
    async (request, reply) => {
      const pairing = request.body;
      const known = new Set(deps.placeIds());
      const unknown = [pairing.placeId, ...(pairing.places ?? [])].find((p) => p !== null && !known.has(p));
      if (unknown) throw refuse(400, 'unknown-place', `There is no place "${unknown}".`);
      const { code, expiresAt } = createPairing(deps.store, pairing, deps.now());
      request.log.info({ role: pairing.role, placeId: pairing.placeId }, 'pairing code made');
      const link = `${deps.publicUrl().replace(/\/+$/, '')}/${appOfRole[pairing.role]}/?pair=${code}`;
      return reply.code(201).send({ code, expiresAt, link });
    },
  );
  done();
};
