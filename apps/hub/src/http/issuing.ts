import { issuingSchema, issuingUpdateSchema } from '@aufruf/protocol';
import type { Ack, Issuing } from '@aufruf/protocol';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { refuse } from './http-errors.ts';

export interface IssuingDeps {
  readonly setIssuing: (
    errandIds: readonly string[],
    stopped: boolean,
  ) => Promise<Ack<{ readonly stoppedErrands: readonly string[] }>>;
}

/**
 * PUT /api/admin/issuing (admin): "Ausgabe stoppen / fortsetzen" for some errands or all, for today.
 * The kiosks learn it from the office's events at once; the hub refuses numbers for a stopped errand.
 */
export const issuingRoutes: FastifyPluginCallbackZod<IssuingDeps> = (app, deps, done) => {
  app.put(
    '/api/admin/issuing',
    { schema: { body: issuingUpdateSchema, response: { 200: issuingSchema } } },
    async (request) => {
      const ack = await deps.setIssuing(request.body.errandIds, request.body.stopped);
      if (ack.ok) return { stoppedErrands: [...ack.value.stoppedErrands] } satisfies Issuing;
      const { code } = ack.error;
      if (code === 'unknown-errand') throw refuse(400, code, 'The office has no such errand.');
      if (code === 'busy') throw refuse(503, code, 'Another program holds the database lock.');
      throw refuse(500, 'internal', `The office refused it (${code}).`);
    },
  );
  done();
};
