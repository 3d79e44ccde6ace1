import { serviceDay } from '@aufruf/core';
import type { OfficeSetup } from '@aufruf/core';
import { statsCsvQuerySchema, statsQuerySchema, statsReportSchema } from '@aufruf/protocol';
import type { StatsQuery, StatsReport } from '@aufruf/protocol';
import type { Store } from '@aufruf/store';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { statsCsv } from '../stats/stats-csv.ts';
import { resolveRange } from '../stats/stats-query.ts';
import type { StatsRange } from '../stats/stats-query.ts';
import { statsReport } from '../stats/stats-report.ts';
import { refuse } from './http-errors.ts';

export interface StatsDeps {
  readonly store: Store;
  /** Errand and place names and the office time zone, from the configuration. */
  readonly setup: () => OfficeSetup;
  readonly now: () => number;
}

/**
 * The admin's statistics: GET /api/admin/stats?from=&to= (StatsReport JSON) and
 * GET /api/admin/stats.csv?from=&to=&table=days|errands|places|hours&format=excel|standard.
 */
export const statsRoutes: FastifyPluginCallbackZod<StatsDeps> = (app, deps, done) => {
  const rangeOf = (query: StatsQuery): StatsRange => {
    const range = resolveRange(query, serviceDay(deps.now(), deps.setup().timeZone));
    if (!range.ok) throw refuse(400, 'invalid-query', range.error);
    return range.value;
  };
  const report = ({ from, to }: StatsRange): StatsReport => {
    const setup = deps.setup();
    return statsReport(deps.store.stats({ from, to, timeZone: setup.timeZone }), setup);
  };

  app.get(
    '/api/admin/stats',
    { schema: { querystring: statsQuerySchema, response: { 200: statsReportSchema } } },
    (request) => report(rangeOf(request.query)),
  );

  app.get('/api/admin/stats.csv', { schema: { querystring: statsCsvQuerySchema } }, (request, reply) => {
    const { from, to } = rangeOf(request.query);
    const { table, format } = request.query;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="aufruf-${table}-${from}-${to}.csv"`)
      .send(statsCsv(report({ from, to }), table, format));
  });
  done();
};
