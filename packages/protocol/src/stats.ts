import { z } from 'zod';
import { daySchema, idSchema } from './common.ts';

/** Minutes; null when there is nothing to measure (no ticket of that kind in the range). */
const minutes = z.number().nonnegative().nullable();

const waitFigures = z.object({ medianMinutes: minutes, p90Minutes: minutes, maxMinutes: minutes });

/** How the walk-in days of a range went: what the office head reads as charts and exports as CSV. */
export const statsReportSchema = z.object({
  from: daySchema,
  to: daySchema,
  totals: z.object({
    tickets: z.number().int().nonnegative(),
    served: z.number().int().nonnegative(),
    noShow: z.number().int().nonnegative(),
    /** Tickets still open when the day closed. */
    expired: z.number().int().nonnegative(),
  }),
  /** Waiting time: drawn → first called. */
  waits: waitFigures,
  byErrand: z.array(
    z.object({
      errandId: idSchema,
      name: z.string(),
      tickets: z.number().int().nonnegative(),
      served: z.number().int().nonnegative(),
      noShow: z.number().int().nonnegative(),
      expired: z.number().int().nonnegative(),
      waits: waitFigures,
      /** Service time: first called → finished (served only). */
      service: waitFigures,
    }),
  ),
  byPlace: z.array(
    z.object({
      placeId: idSchema,
      name: z.string(),
      served: z.number().int().nonnegative(),
      noShow: z.number().int().nonnegative(),
      service: waitFigures,
    }),
  ),
  /** Arrivals per hour of the day (office time zone), 0–23: the arrivals curve of the walk-in day. */
  byHour: z.array(
    z.object({ hour: z.number().int().min(0).max(23), tickets: z.number().int().nonnegative() }),
  ),
  byDay: z.array(
    z.object({
      day: daySchema,
      tickets: z.number().int().nonnegative(),
      served: z.number().int().nonnegative(),
      noShow: z.number().int().nonnegative(),
      expired: z.number().int().nonnegative(),
    }),
  ),
});

export type StatsReport = z.infer<typeof statsReportSchema>;

/** The tables a CSV export can hold. */
export const statsTables = ['days', 'errands', 'places', 'hours'] as const;
export type StatsTable = (typeof statsTables)[number];
