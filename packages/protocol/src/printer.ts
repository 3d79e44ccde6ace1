import { z } from 'zod';
import { idSchema, requestIdSchema } from './common.ts';

/** A ticket printer's condition, from its real-time status (DLE EOT). */
export const printerStates = [
  'ok',
  'paper-near-end',
  'paper-out',
  'cover-open',
  'offline',
  'error',
  'unknown',
] as const;
export type PrinterState = (typeof printerStates)[number];

/** What a kiosk reports of its printer. */
export const printerStatusSchema = z.object({
  state: z.enum(printerStates),
  canPrint: z.boolean(),
});
export type PrinterStatusInput = z.infer<typeof printerStatusSchema>;

/** A printer's status as the hub shows it to staff: which kiosk, what state, since when. */
export interface PrinterReport {
  readonly source: string;
  readonly name: string;
  readonly state: PrinterState;
  readonly canPrint: boolean;
  readonly at: number;
}

export const printerReportSchema: z.ZodType<PrinterReport> = z.object({
  source: z.string(),
  name: z.string(),
  state: z.enum(printerStates),
  canPrint: z.boolean(),
  at: z.number().int().nonnegative(),
});

/** Asks the hub's own printer to print a ticket this kiosk drew (the browser kiosk has no printer). */
export const printRequestSchema = z.strictObject({
  requestId: requestIdSchema,
  ticketId: idSchema,
  /** The draw's own request id: the hub prints the ticket from the reply it stored for that draw. */
  drawRequestId: requestIdSchema,
  /** The visitor's language at the kiosk; the ticket prints in it where the printer can (German otherwise). */
  language: z.enum(['de', 'en', 'tr', 'ar', 'uk']).optional(),
});
export type PrintRequest = z.infer<typeof printRequestSchema>;

export interface PrintReply {
  readonly printed: boolean;
  readonly state: PrinterState;
  /** Why not, in plain German, when not printed. */
  readonly reason: string | null;
}
