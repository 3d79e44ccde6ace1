import { z } from 'zod';

/** Ids of errands, places and tickets: short, printable, no surprises in logs or URLs. */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, "-" and "_"');

/** Made by the client for each command; the hub applies a command once per request id. */
export const requestIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, "-" and "_"');

export const timestampSchema = z.number().int().nonnegative();
export const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const letterSchema = z.string().regex(/^[A-Z]$/, 'one capital letter A–Z');

export const localizedTextSchema = z.object({ de: z.string().min(1).max(120) }).catchall(z.string().max(120));
