import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OfficeSetup } from '@aufruf/core';
import type { ConnectedCounters } from '@aufruf/protocol';
import { deviceRoleSchema, idSchema, pairRequestSchema } from '@aufruf/protocol';
import type { Store } from '@aufruf/store';
import { z } from 'zod';
import type { AdminSecret } from '../auth/admin-secret.ts';
import { createPairing, redeemPairing } from '../auth/pairing.ts';
import { BodyError, bearer, readJson, sendError, sendJson } from './http-json.ts';
import type { HubMetrics } from '../ops/metrics.ts';
import type { RateLimits } from '../socket/rate-limits.ts';
import { settingsRoutes } from './settings-routes.ts';
import type { SettingsDeps } from './settings-routes.ts';
import { statsRoutes } from './stats-routes.ts';

const renameSchema = z.strictObject({ name: z.string().trim().min(1).max(60) });

const pairingRequestSchema = z.strictObject({
  role: deviceRoleSchema,
  name: z.string().trim().min(1).max(60),
  placeId: idSchema.nullable().default(null),
  places: z.array(idSchema).max(50).nullable().default(null),
});

export interface ApiDeps {
  readonly store: Store;
  readonly admin: AdminSecret;
  readonly limits: RateLimits;
  readonly metrics: HubMetrics;
  /** The place of every connected counter (see counter-presence.ts). */
  readonly counterPlaces: () => (string | null)[];
  readonly placeIds: () => readonly string[];
  readonly publicUrl: () => string;
  readonly now: () => number;
  readonly newId: () => string;
  /** Cuts a revoked device off at once. */
  readonly disconnectDevice: (deviceId: string) => void;
  readonly health: () => { ready: boolean; body: object };
  /** Names and time zone for the statistics. */
  readonly setup: () => OfficeSetup;
  /** The office head's setup (admin page). */
  readonly settings: SettingsDeps;
}

type Route = (req: IncomingMessage, res: ServerResponse, match: RegExpExecArray) => Promise<void> | void;

const appOfRole = { kiosk: 'kiosk', counter: 'counter', display: 'display', admin: 'admin' } as const;

/**
 * The hub's JSON API: pairing for new devices, and admin routes that need the admin secret as a
 * Bearer token. Returns false for paths it does not own, so the static apps get them.
 */
export function createApiRoutes(
  deps: ApiDeps,
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const address = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';

  const requireAdmin = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (!(await deps.limits.mayCheck('admin-secret', address(req)))) {
      sendError(res, 429, 'rate-limited', 'Too many failed attempts; try again in ten minutes.');
      return false;
    }
    const secret = bearer(req);
    if (secret !== undefined && deps.admin.verify(secret)) return true;
    await deps.limits.failed('admin-secret', address(req));
    res.setHeader('www-authenticate', 'Bearer realm="aufruf-admin"');
    sendError(res, 401, 'admin-denied', 'This needs the admin secret (Authorization: Bearer <secret>).');
    return false;
  };

  const routes: [method: string, path: RegExp, admin: boolean, route: Route][] = [
    [
      'GET',
      /^\/healthz$/,
      false,
      (_req, res) => {
        const { ready, body } = deps.health();
        sendJson(res, ready ? 200 : 503, body);
      },
    ],
    [
      'GET',
      /^\/metrics$/,
      true,
      async (_req, res) => {
        res.writeHead(200, { 'content-type': deps.metrics.registry.contentType });
        res.end(await deps.metrics.registry.metrics());
      },
    ],
    [
      'POST',
      /^\/api\/pair$/,
      false,
      async (req, res) => {
        if (!(await deps.limits.mayCheck('pairing-code', address(req)))) {
          return sendError(
            res,
            429,
            'rate-limited',
            'Zu viele falsche Codes. Bitte warten Sie zehn Minuten.',
          );
        }
        const parsed = pairRequestSchema.safeParse(await readJson(req));
        if (!parsed.success)
          return sendError(res, 400, 'invalid-code', 'Der Code hat acht Zeichen, z. B. K7MQ-2QXD.');
        const result = redeemPairing(deps.store, parsed.data.code, deps.now(), deps.newId);
        if (!result.ok) {
          await deps.limits.failed('pairing-code', address(req));
          return sendError(res, 404, 'unknown-code', 'Dieser Code ist unbekannt oder abgelaufen.');
        }
        sendJson(res, 200, result.value);
      },
    ],
    [
      'GET',
      /^\/api\/admin\/devices$/,
      true,
      (_req, res) => {
        const connectedCounters: ConnectedCounters = deps.counterPlaces();
        sendJson(res, 200, { devices: deps.store.devices.list(), connectedCounters });
      },
    ],
    [
      'GET',
      /^\/api\/admin\/pairings$/,
      true,
      (_req, res) => {
        const open = deps.store.devices
          .listPairings(deps.now())
          .map(({ codeHash: _hidden, ...rest }) => rest);
        sendJson(res, 200, { pairings: open });
      },
    ],
    [
      'POST',
      /^\/api\/admin\/pairings$/,
      true,
      async (req, res) => {
        const parsed = pairingRequestSchema.safeParse(await readJson(req));
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          return sendError(
            res,
            400,
            'invalid-payload',
            `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`,
          );
        }
        const request = parsed.data;
        const known = new Set(deps.placeIds());
        const unknown = [request.placeId, ...(request.places ?? [])].find((p) => p !== null && !known.has(p));
        if (unknown) return sendError(res, 400, 'unknown-place', `There is no place "${unknown}".`);
        const { code, expiresAt } = createPairing(deps.store, request, deps.now());
        const link = `${deps.publicUrl().replace(/\/+$/, '')}/${appOfRole[request.role]}/?pair=${code}`;
        sendJson(res, 201, { code, expiresAt, link });
      },
    ],
    [
      'POST',
      /^\/api\/admin\/devices\/([A-Za-z0-9_-]{1,64})\/revoke$/,
      true,
      (_req, res, match) => {
        const id = match[1] ?? '';
        if (!deps.store.devices.revoke(id, deps.now())) {
          return sendError(res, 404, 'unknown-device', `No active device "${id}".`);
        }
        deps.disconnectDevice(id);
        sendJson(res, 200, { revoked: id });
      },
    ],
    [
      'PATCH',
      /^\/api\/admin\/devices\/([A-Za-z0-9_-]{1,64})$/,
      true,
      async (req, res, match) => {
        const id = match[1] ?? '';
        const parsed = renameSchema.safeParse(await readJson(req));
        if (!parsed.success) return sendError(res, 400, 'invalid-payload', 'name: 1 to 60 characters.');
        if (!deps.store.devices.rename(id, parsed.data.name)) {
          return sendError(res, 404, 'unknown-device', `No device "${id}".`);
        }
        sendJson(res, 200, { id, name: parsed.data.name });
      },
    ],
    ...statsRoutes(deps),
    ...settingsRoutes(deps.settings),
  ];

  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://hub').pathname;
    const candidates = routes.filter(([, pattern]) => pattern.test(path));
    if (candidates.length === 0) {
      if (!path.startsWith('/api/')) return false;
      sendError(res, 404, 'not-found', 'No such API route.');
      return true;
    }
    const found = candidates.find(([method]) => method === req.method);
    if (!found) {
      sendError(res, 405, 'method-not-allowed', `Use ${candidates.map(([m]) => m).join(', ')}.`);
      return true;
    }
    const [, pattern, admin, route] = found;
    try {
      if (admin && !(await requireAdmin(req, res))) return true;
      await route(req, res, pattern.exec(path) as RegExpExecArray);
    } catch (error) {
      if (error instanceof BodyError) sendError(res, error.status, 'bad-request', error.message);
      else sendError(res, 500, 'internal', 'The hub could not process this request.');
    }
    return true;
  };
}
