import { healthSchema } from '@aufruf/protocol';
import type { Health } from '@aufruf/protocol';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { HubMetrics } from '../ops/metrics.ts';

/** GET /healthz, for a service manager or a monitor: no secret, nothing but the hub's state. */
export const healthRoutes: FastifyPluginCallbackZod<{ readonly health: () => Health }> = (
  app,
  { health },
  done,
) => {
  app.get(
    '/healthz',
    { schema: { response: { 200: healthSchema, 503: healthSchema } } },
    async (_request, reply) => {
      const body = health();
      return reply.code(body.status === 'ready' ? 200 : 503).send(body);
    },
  );
  done();
};

/** GET /metrics: Prometheus text (an admin route: it counts the office's visitors). */
export const metricsRoutes: FastifyPluginCallbackZod<{ readonly metrics: HubMetrics }> = (
  app,
  { metrics },
  done,
) => {
  app.get('/metrics', async (_request, reply) =>
    reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()),
  );
  done();
};
