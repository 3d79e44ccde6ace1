import type { TicketStatus, WaitEstimate } from '@aufruf/core';

/** One visitor of a simulated day: what they were told at the kiosk, and what happened. */
export interface TicketRecord {
  readonly ticketId: string;
  /** As the display shows it, e.g. "A 17". */
  readonly number: string;
  readonly errandId: string;
  readonly drawnAt: number;
  /** People of the same errand waiting before this ticket when it was drawn. */
  readonly peopleAhead: number;
  /** The estimator's figure printed on the ticket (state right after the draw). */
  readonly estimate: WaitEstimate | null;
  /** People ahead × mean service time of the errand ÷ open places serving it; null if none is open. */
  readonly naiveMinutes: number | null;
  /** First call minus draw, in minutes; null when the number was never called. */
  readonly waitMinutes: number | null;
  readonly outcome: TicketStatus;
}

/** Mean absolute errors (minutes) of both estimates against the real wait, over the same tickets. */
export interface EstimateComparison {
  /** Tickets that were called and had both estimates. */
  readonly count: number;
  readonly estimateMae: number;
  readonly naiveMae: number;
  /** estimateMae / naiveMae. */
  readonly ratio: number;
  /** Share (0–1) of those tickets whose real wait fell inside the printed range. */
  readonly coverage: number;
}

/** Compares the estimates with the real waits over any set of records (one day or many). */
export function compareEstimates(records: readonly TicketRecord[]): EstimateComparison {
  let count = 0;
  let estimateError = 0;
  let naiveError = 0;
  let inside = 0;
  for (const r of records) {
    if (r.waitMinutes === null || r.estimate === null || r.naiveMinutes === null) continue;
    count++;
    estimateError += Math.abs(r.estimate.expectedMinutes - r.waitMinutes);
    naiveError += Math.abs(r.naiveMinutes - r.waitMinutes);
    if (r.waitMinutes >= r.estimate.minMinutes && r.waitMinutes <= r.estimate.maxMinutes) inside++;
  }
  const estimateMae = count === 0 ? Number.NaN : estimateError / count;
  const naiveMae = count === 0 ? Number.NaN : naiveError / count;
  return { count, estimateMae, naiveMae, ratio: estimateMae / naiveMae, coverage: inside / count };
}

/** The day at a glance. */
export interface DaySummary extends EstimateComparison {
  readonly visitors: number;
  readonly served: number;
  readonly noShows: number;
  readonly expired: number;
  readonly meanWaitMinutes: number;
  readonly maxWaitMinutes: number;
}

export function summarizeDay(records: readonly TicketRecord[]): DaySummary {
  const waits = records.flatMap((r) => (r.waitMinutes === null ? [] : [r.waitMinutes]));
  const count = (status: TicketStatus): number => records.filter((r) => r.outcome === status).length;
  return {
    visitors: records.length,
    served: count('served'),
    noShows: count('no-show'),
    expired: count('expired'),
    meanWaitMinutes: waits.length === 0 ? 0 : waits.reduce((a, b) => a + b, 0) / waits.length,
    maxWaitMinutes: waits.length === 0 ? 0 : Math.max(...waits),
    ...compareEstimates(records),
  };
}
