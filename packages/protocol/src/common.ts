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

/**
 * A refinement for lists whose items must differ in one field (ids, letters, names): each repeat is
 * reported at its own index, naming the first one, so a form or a config file can point at it.
 */
export const uniqueBy =
  <T>(key: (item: T) => string, what: string) =>
  (items: readonly T[], ctx: z.RefinementCtx): void => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const value = key(item);
      const first = seen.get(value);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `${what} "${value}" is used twice (also at ${first})`,
        });
      }
      seen.set(value, index);
    });
  };
