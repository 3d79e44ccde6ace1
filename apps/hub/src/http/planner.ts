import type { OfficeSetup, OfficeState } from '@aufruf/core';
import { plannerDaySchema, plannerQuerySchema } from '@aufruf/protocol';
import type { PlannerDay } from '@aufruf/protocol';
import { averageDay, dayData } from '@aufruf/sim';
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
      const setup = deps.setup();
      // A place's errands as its clerk has them now, where that day's events do not say.
      const places = setup.places.map((p) => ({
        ...p,
        errandIds: deps.state().places[p.id]?.errandIds ?? p.errandIds,
      }));
      const { day, weeks = 1 } = request.query;
      const days = Array.from({ length: weeks }, (_, i) => {
        const date = sameWeekday(day, -7 * i);
        const record = deps.dayRecord(date);
        return dayData({ ...setup, places }, date, record.tickets, record.events);
      });
      const average = weeks === 1 ? days[0] : averageDay(days, setup.timeZone);
      const used = days.filter((d) => d.arrivals.length > 0).length;
      // Parsed into the wire's (mutable) shape; it also checks the figures before they leave.
      return plannerDaySchema.parse({ ...(average ?? days[0]), days: used });
    },
  );
  done();
};

/** The calendar date `days` after a YYYY-MM-DD date (negative: before). */
function sameWeekday(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
