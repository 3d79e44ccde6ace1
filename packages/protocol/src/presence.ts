import { z } from 'zod';
import { idSchema } from './common.ts';

/**
 * Beside the device list, GET /api/admin/devices answers `connectedCounters`: the place of every
 * counter connected right now, null for one free to choose its place that has not acted for one since
 * it connected. The admin's live view tells "nicht besetzt" from "besetzt – frei" with it.
 */
export const connectedCountersSchema = z.array(idSchema.nullable());
export type ConnectedCounters = z.infer<typeof connectedCountersSchema>;
