// Small numeric helpers of the wait estimator: the normal distribution, log-normal service times and
// the rounding of what a visitor reads.

/** Standard normal cumulative distribution (Abramowitz–Stegun 7.1.26, error below 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * Expected remaining minutes of a service already `elapsed` minutes long, when service times are
 * log-normal with this mean and spread: a visitor still at the counter after long is likely a long
 * case, so the remainder never drops to zero.
 */
export function residualMinutes(mean: number, cv: number, elapsed: number): number {
  if (elapsed <= 0) return mean;
  const sigma2 = Math.log(1 + cv * cv);
  const sigma = Math.sqrt(sigma2);
  const mu = Math.log(mean) - sigma2 / 2;
  const z = (Math.log(elapsed) - mu) / sigma;
  const tail = 1 - normalCdf(z);
  // Far in the tail the quotient below is 0/0; use the log-normal's asymptotic mean residual life.
  if (tail < 1e-6) return (elapsed * sigma2) / Math.max(Math.log(elapsed) - mu, sigma2);
  return Math.max(0, (mean * (1 - normalCdf(z - sigma))) / tail - elapsed);
}

const STEP = 5;

/** A range rounded outward to whole 5 minutes, at least one step wide, never below zero. */
export function roundRange(low: number, high: number): { minMinutes: number; maxMinutes: number } {
  const minMinutes = Math.max(0, Math.floor(low / STEP) * STEP);
  const maxMinutes = Math.max(minMinutes + STEP, Math.ceil(high / STEP) * STEP);
  return { minMinutes, maxMinutes };
}
