import type { ServiceHistory } from '@aufruf/core';
import type { Database } from 'better-sqlite3';

interface Row {
  errand_id: string;
  samples: number;
  mean: number;
  mean_square: number;
}

/**
 * Service times (first call → finished) of served tickets per errand over a range of past days, as
 * the estimator's history: mean, count and spread. Days are compared as YYYY-MM-DD strings.
 */
export function prepareServiceHistory(db: Database): (fromDay: string, beforeDay: string) => ServiceHistory {
  const query = db.prepare<[string, string], Row>(
    `SELECT errand_id,
            COUNT(*) AS samples,
            AVG((finished_at - first_called_at) / 60000.0) AS mean,
            AVG(((finished_at - first_called_at) / 60000.0) * ((finished_at - first_called_at) / 60000.0)) AS mean_square
       FROM tickets
      WHERE status = 'served' AND day >= ? AND day < ?
        AND first_called_at IS NOT NULL AND finished_at IS NOT NULL
      GROUP BY errand_id`,
  );
  return (fromDay, beforeDay) => {
    const history: Record<string, ServiceHistory[string]> = {};
    for (const row of query.all(fromDay, beforeDay)) {
      const variance = Math.max(0, row.mean_square - row.mean * row.mean);
      history[row.errand_id] = {
        meanMinutes: row.mean,
        samples: row.samples,
        ...(row.mean > 0 && row.samples > 1 ? { cv: Math.sqrt(variance) / row.mean } : {}),
      };
    }
    return history;
  };
}
