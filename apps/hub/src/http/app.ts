import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { Health } from '@aufruf/protocol';
import Fastify, { LogController } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { AdminSecret } from '../auth/admin-secret.ts';
import type { HubMetrics } from '../ops/metrics.ts';
import type { RateLimits } from '../socket/rate-limits.ts';
import { adminOnly } from './admin-auth.ts';
import { deviceRoutes } from './devices.ts';
import type { DevicesDeps } from './devices.ts';
import { healthRoutes, metricsRoutes } from './health.ts';
import { answerError, answerNotFound, refuse, serializerCompiler, validatorCompiler } from './http-errors.ts';
import { pairingRoutes, pairRoutes } from './pairing.ts';
import type { PairingDeps } from './pairing.ts';
import { securityHeaders } from './security-headers.ts';
import { settingsRoutes } from './settings.ts';
import type { SettingsDeps } from './settings.ts';
import { dayControlRoutes } from './day-controls.ts';
import { plannerRoutes } from './planner.ts';
import type { PlannerDeps } from './planner.ts';
import type { DayControlDeps } from './day-controls.ts';
import { issuingRoutes } from './issuing.ts';
import type { IssuingDeps } from './issuing.ts';
import { statsRoutes } from './stats.ts';
import type { StatsDeps } from './stats.ts';
import { webPages } from './web-pages.ts';
import type { WebPagesOptions } from './web-pages.ts';

export interface HttpDeps extends PairingDeps, DevicesDeps, StatsDeps, WebPagesOptions {
  /** Fastify's own logger: the hub's. */
  readonly logger: Logger;
  readonly admin: AdminSecret;
  readonly limits: RateLimits;
  readonly metrics: HubMetrics;
  /** The office's reverse proxies: only their X-Forwarded-For names the client (request.ip). */
  readonly trustedProxies: readonly string[];
  readonly health: () => Health;
  /** The office head's setup (admin page). */
  readonly settings: SettingsDeps;
  /** "Ausgabe stoppen / fortsetzen" (admin page). */
  readonly issuing: IssuingDeps;
  readonly dayControls: DayControlDeps;
  readonly planner: PlannerDeps;
}

/**
 * Requests per minute one address may make to the JSON API (/api/…, /healthz, /metrics). An admin page
 * polls a few times a minute and a setup save is one request: 600 is far beyond an office, even behind
 * one NAT, and stops a runaway script. Pages, their files and Socket.IO are not counted; Socket.IO has
 * its own limits per kiosk and per phone (socket/rate-limits.ts).
 */
export const API_REQUESTS_PER_MINUTE = 600;

/** Every request the hub takes is a few hundred bytes; the settings route allows more (settings.ts). */
const BODY_LIMIT = 8 * 1024;

/**
 * The hub's HTTP side on Fastify: security headers on every answer, the start page and the built web
 * apps, and the JSON API with its schemas from @aufruf/protocol. Socket.IO attaches to `app.server`
 * (see create-hub.ts). Routes load when the app starts listening.
 */
export function createHttpApp(deps: HttpDeps) {
  const app = Fastify({
    loggerInstance: deps.logger,
    // A stopping hub ends keep-alive and long-polling connections at once instead of waiting for them.
    forceCloseConnections: true,
    bodyLimit: BODY_LIMIT,
    trustProxy: deps.trustedProxies.length > 0 ? [...deps.trustedProxies] : false,
    // No line per request: the admin page polls, and a phone page's address holds its ticket's secret.
    // Failures are logged by answerError, changes by their routes.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Answers are checked against their schema on the way out: the admin page parses them with the same.
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(answerError);
  app.setNotFoundHandler(answerNotFound);
  // A POST without a body (revoke) may still say application/json, as fetch helpers and curl scripts
  // do; fastify would refuse the empty body. A route that needs a body still refuses it by its schema.
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body.toString();
    if (text === '') done(null, undefined);
    else void json(request, text, done);
  });

  void app.register(helmet, securityHeaders);
  void app.register(webPages, deps);
  void app.register(async (api) => {
    await api.register(rateLimit, {
      max: API_REQUESTS_PER_MINUTE,
      timeWindow: '1 minute',
      errorResponseBuilder: (_request, context) =>
        refuse(429, 'rate-limited', `Too many requests; try again in ${context.after}.`),
    });
    api.addHook('onSend', async (_request, reply, payload) => {
      reply.header('cache-control', 'no-store');
      return payload;
    });
    await api.register(healthRoutes, deps);
    await api.register(pairRoutes, deps);
    await api.register(async (admin) => {
      admin.addHook('onRequest', adminOnly(deps.admin, deps.limits));
      await admin.register(metricsRoutes, deps);
      await admin.register(pairingRoutes, deps);
      await admin.register(deviceRoutes, deps);
      await admin.register(settingsRoutes, deps.settings);
      await admin.register(issuingRoutes, deps.issuing);
      await admin.register(dayControlRoutes, deps.dayControls);
      await admin.register(plannerRoutes, deps.planner);
      await admin.register(statsRoutes, deps);
    });
  });
  return app;
}
