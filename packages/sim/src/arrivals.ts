import type { Random } from './random.ts';
import type { Scenario } from './scenario.ts';

/** A visitor at the kiosk: minutes after opening and the errand chosen. */
export interface Arrival {
  readonly minute: number;
  readonly errandId: string;
}

/** The arrival rate (visitors per hour) at a minute after opening: the profile, linear in between. */
export function arrivalRate(profile: Scenario['arrivalProfile'], minute: number): number {
  const first = profile[0];
  if (!first || minute < first[0]) return 0;
  for (let i = 1; i < profile.length; i++) {
    const [m0, r0] = profile[i - 1] ?? first;
    const [m1, r1] = profile[i] ?? first;
    if (minute <= m1) return m1 === m0 ? r1 : r0 + ((r1 - r0) * (minute - m0)) / (m1 - m0);
  }
  return 0;
}

/**
 * Visitors of one morning: a Poisson process whose rate follows the scenario's profile (drawn by
 * thinning a constant-rate process at the peak rate), each with an errand from the mix.
 */
export function generateArrivals(scenario: Scenario, random: Random): Arrival[] {
  const peak = Math.max(...scenario.arrivalProfile.map(([, rate]) => rate));
  const errandIds = Object.keys(scenario.errandMix);
  const weights = errandIds.map((id) => scenario.errandMix[id] ?? 0);
  const arrivals: Arrival[] = [];
  if (peak <= 0) return arrivals;
  let minute = 0;
  for (;;) {
    minute += random.exponential(60 / peak);
    if (minute >= scenario.drawMinutes) return arrivals;
    if (random.next() * peak >= arrivalRate(scenario.arrivalProfile, minute)) continue;
    arrivals.push({ minute, errandId: errandIds[random.pick(weights)] ?? 'unknown' });
  }
}
