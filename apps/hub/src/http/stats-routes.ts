import type { IncomingMessage, ServerResponse } from 'node:http';
import { serviceDay } from '@aufruf/core';
import type { OfficeSetup } from '@aufruf/core';
import type { StatsReport } from '@aufruf/protocol';
import type { Store } from '@aufruf/store';
import { sendError, sendJson } from './http-json.ts';
import { statsCsv } from '../stats/stats-csv.ts';
import { parseCsvQuery, parseRange } from '../stats/stats-query.ts';
import type { StatsRange } from '../stats/stats-query.ts';
import { statsReport } from '../stats/stats-report.ts';

export interface StatsDeps {
  readonly store: Store;
  /** Errand and place names and the office time zone, from the configuration. */
  readonly setup: () => OfficeSetup;
  readonly now: () => number;
}

/** A route of the API table: method, path, whether it needs the admin secret, handler. */
export type StatsRoute = [
  method: string,
  path: RegExp,
  admin: boolean,
  route: (req: IncomingMessage, res: ServerResponse) => void,
];

const paramsOf = (req: IncomingMessage): URLSearchParams =>
  new URL(req.url ?? '/', 'http://hub').searchParams;

/**
 * The admin's statistics: GET /api/admin/stats?from=&to= (StatsReport JSON) and
 * GET /api/admin/stats.csv?from=&to=&table=days|errands|places|hours&format=excel|standard.
 */
export function statsRoutes(deps: StatsDeps): StatsRoute[] {
  const today = (): string => serviceDay(deps.now(), deps.setup().timeZone);
  const report = ({ from, to }: StatsRange): StatsReport => {
    const setup = deps.setup();
    return statsReport(deps.store.stats({ from, to, timeZone: setup.timeZone }), setup);
  };
  return [
    [
      'GET',
      /^\/api\/admin\/stats$/,
      true,
      (req, res) => {
        const range = parseRange(paramsOf(req), today());
        if (!range.ok) return sendError(res, 400, 'invalid-query', range.error);
        sendJson(res, 200, report(range.value));
      },
    ],
    [
      'GET',
      /^\/api\/admin\/stats\.csv$/,
      true,
      (req, res) => {
        const query = parseCsvQuery(paramsOf(req), today());
        if (!query.ok) return sendError(res, 400, 'invalid-query', query.error);
        const { from, to, table, format } = query.value;
        res.writeHead(200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="aufruf-${table}-${from}-${to}.csv"`,
          'cache-control': 'no-store',
        });
        res.end(statsCsv(report({ from, to }), table, format));
      },
    ],
  ];
}
