import { z } from 'zod';
import { idSchema, requestIdSchema } from './common.ts';
import { pin } from './pin.ts';

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
export const printerStateSchema = z.enum(printerStates);

/**
 * Why a ticket does not come out: the printer states that stop printing. "Paper near end" still
 * prints, and "unknown" means nothing speaks against trying. Codes, never sentences: each screen
 * words them itself.
 */
export const printerFaultSchema = printerStateSchema.exclude(['ok', 'paper-near-end', 'unknown']);
export type PrinterFault = z.infer<typeof printerFaultSchema>;
export const printerFaults = printerFaultSchema.options;

/** The fault a printer's condition means for the next ticket; null when it would come out. */
export function printerFault(status: {
  readonly state: PrinterState;
  readonly canPrint: boolean;
}): PrinterFault | null {
  const fault = printerFaultSchema.safeParse(status.state);
  if (fault.success) return fault.data;
  // A printer that says it cannot print without saying why.
  return status.canPrint ? null : 'error';
}

/** What a kiosk reports of its printer. */
export const printerStatusSchema = z.object({
  state: printerStateSchema,
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

export const printerReportSchema = pin<PrinterReport>()(
  z.object({
    source: z.string(),
    name: z.string(),
    state: printerStateSchema,
    canPrint: z.boolean(),
    at: z.number().int().nonnegative(),
  }),
);

/** The visitor's language at the kiosk; a ticket prints in it where the printer can (German otherwise). */
export const ticketLanguageSchema = z.enum(['de', 'en', 'tr', 'ar', 'uk']);
export type TicketLanguage = z.infer<typeof ticketLanguageSchema>;

/** Asks the hub's own printer to print a ticket this kiosk drew (the browser kiosk has no printer). */
export const printRequestSchema = z.strictObject({
  requestId: requestIdSchema,
  ticketId: idSchema,
  /** The draw's own request id: the hub prints the ticket from the reply it stored for that draw. */
  drawRequestId: requestIdSchema,
  language: ticketLanguageSchema.optional(),
});
export type PrintRequest = z.infer<typeof printRequestSchema>;

export interface PrintReply {
  readonly printed: boolean;
  readonly state: PrinterState;
  /** Why not, when not printed: a code the kiosk words in the visitor's language. */
  readonly reason: PrinterFault | null;
}

export const printReplySchema = pin<PrintReply>()(
  z.object({ printed: z.boolean(), state: printerStateSchema, reason: printerFaultSchema.nullable() }),
);

/** A kiosk tells the hub that the ticket of its draw did not come out of its own printer. */
export const printFailedRequestSchema = z.strictObject({
  requestId: requestIdSchema,
  ticketId: idSchema,
  /** The draw's request id: only the kiosk that drew a number can report its paper. */
  drawRequestId: requestIdSchema,
  fault: printerFaultSchema,
  language: ticketLanguageSchema.optional(),
});
export type PrintFailedRequest = z.infer<typeof printFailedRequestSchema>;

/** Staff ask for a ticket whose paper did not come out to be printed again where it was drawn. */
export const reprintRequestSchema = z.strictObject({ requestId: requestIdSchema, ticketId: idSchema });
export type ReprintRequest = z.infer<typeof reprintRequestSchema>;
