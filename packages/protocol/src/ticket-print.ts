import { z } from 'zod';

const timeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('de-DE', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'unknown time zone');

/** What a printed ticket shows; validated where it crosses a process boundary (kiosk renderer → main). */
export const ticketPrintSchema = z.strictObject({
  officeName: z.string().max(80),
  number: z.strictObject({ letter: z.string().min(1).max(3), number: z.number().int().nonnegative() }),
  errandName: z.string().max(120),
  drawnAt: z.number().int(),
  timeZone: timeZoneSchema,
  ahead: z.number().int().nonnegative().max(9999),
  estimate: z
    .strictObject({ minMinutes: z.number().int().nonnegative(), maxMinutes: z.number().int().nonnegative() })
    .nullable()
    .optional(),
  followUrl: z.url({ protocol: /^https?$/ }).max(300),
  advice: z.string().max(200).optional(),
  labels: z
    .strictObject({
      yourNumber: z.string().max(60),
      ahead: z.string().max(60),
      estimateRange: z.string().max(120),
      estimateExact: z.string().max(120),
      advice: z.string().max(200),
      dateLocale: z.string().max(20),
    })
    .partial()
    .optional(),
});

/** A ticket to print. */
export type TicketPrint = z.infer<typeof ticketPrintSchema>;
