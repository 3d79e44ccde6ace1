// Service days as YYYY-MM-DD strings. Arithmetic goes through UTC midnight, where every day has
// 24 hours, so adding days never trips over a daylight-saving switch. Whether a string is a real
// calendar day at all is the protocol's `isCalendarDay` (the API's query schemas check it).

const DAY_MS = 24 * 60 * 60 * 1000;
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

const toUtc = (day: string): number => {
  const [, y, m, d] = SHAPE.exec(day) ?? [];
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
};

const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The day `n` days after `day` (before it for negative n). */
export function addDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

/** How many days from..to cover, both included (0 when to is before from). */
export function daysCovered(from: string, to: string): number {
  return Math.max(0, Math.round((toUtc(to) - toUtc(from)) / DAY_MS) + 1);
}
