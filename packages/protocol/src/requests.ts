import { z } from 'zod';
import { idSchema, requestIdSchema } from './common.ts';

// Requests are strict: an unknown field is an error, not something silently dropped.

export const drawRequestSchema = z.strictObject({
  requestId: requestIdSchema,
  errandId: idSchema,
  /** Left out for a normal walk-in ticket. */
  kind: z.enum(['normal', 'priority', 'appointment']).optional(),
});
export type DrawRequest = z.infer<typeof drawRequestSchema>;

/** A counter command that acts on the place's current ticket (recall, done, no-show, put back). */
export const placeRequestSchema = z.strictObject({ requestId: requestIdSchema, placeId: idSchema });
export type PlaceRequest = z.infer<typeof placeRequestSchema>;

export const callRequestSchema = z.strictObject({
  requestId: requestIdSchema,
  placeId: idSchema,
  ticketId: idSchema,
});
export type CallRequest = z.infer<typeof callRequestSchema>;

export const configurePlaceRequestSchema = z.strictObject({
  requestId: requestIdSchema,
  placeId: idSchema,
  errandIds: z.array(idSchema).max(50),
});
export type ConfigurePlaceRequest = z.infer<typeof configurePlaceRequestSchema>;

export const transferRequestSchema = z
  .strictObject({
    requestId: requestIdSchema,
    placeId: idSchema,
    toErrandId: idSchema.optional(),
    toPlaceId: idSchema.optional(),
  })
  .refine((r) => r.toErrandId !== undefined || r.toPlaceId !== undefined, {
    message: 'give toErrandId or toPlaceId',
  });
export type TransferRequest = z.infer<typeof transferRequestSchema>;

export const pauseRequestSchema = z.strictObject({
  requestId: requestIdSchema,
  placeId: idSchema,
  paused: z.boolean(),
  /** How long the clerk expects to be away (up to a working day); null: "bis auf Weiteres". */
  minutes: z.number().int().min(1).max(600).nullable().optional(),
});
export type PauseRequest = z.infer<typeof pauseRequestSchema>;

/** "Rückgängig": the place's last finished number, back at the desk. */
export const undoRequestSchema = z.strictObject({
  requestId: requestIdSchema,
  placeId: idSchema,
  ticketId: idSchema,
});
export type UndoRequest = z.infer<typeof undoRequestSchema>;

/** A clerk signs in at a place (their counter opened) or out of it. */
export const staffRequestSchema = z.strictObject({
  requestId: requestIdSchema,
  placeId: idSchema,
  staffed: z.boolean(),
});
export type StaffRequest = z.infer<typeof staffRequestSchema>;
