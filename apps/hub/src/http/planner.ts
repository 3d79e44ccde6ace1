import type { OfficeSetup, OfficeState } from '@aufruf/core';
import { plannerDaySchema, plannerQuerySchema } from '@aufruf/protocol';
import type { PlannerDay } from '@aufruf/protocol';
import { dayData } from '@aufruf/sim';
import type { DayRecord } from '@aufruf/store';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';

export interface PlannerDeps {
  readonly dayRecord: (day: string) => DayRecord;
  readonly setup: () => OfficeSetup;
  readonly state: () => OfficeState;
}

/**
 * GET /api/admin/planner?day= (admin): a stored day as the staffing planner replays it – its visitors,
 * service times, real staffing and waits. The admin page runs the simulator itself (@aufruf/sim), so
 * "what if" costs the hub nothing.
 */
export const plannerRoutes: FastifyPluginCallbackZod<PlannerDeps> = (app, deps, done) => {
  app.get(
    '/api/admin/planner',
    { schema: { querystring: plannerQuerySchema, response: { 200: plannerDaySchema } } },
    (request): PlannerDay => {
      const record = deps.dayRecord(request.query.day);
      const setup = deps.setup();
      // A place's errands as its clerk has them now, where that day's events do not say.
      const places = setup.places.map((p) => ({
        ...p,
        errandIds: deps.state().places[p.id]?.errandIds ?? p.errandIds,
      }));
      // Parsed into the wire's (mutable) shape; it also checks the figures before they leave.
      return plannerDaySchema.parse(
        dayData({ ...setup, places }, request.query.day, record.tickets, record.events),
      );
    },
  );
  done();
};
