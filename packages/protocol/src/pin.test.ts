import type { Errand, Ticket } from '@aufruf/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import type { errandSchema, ticketSchema } from './domain-schemas.ts';
import { pin, pinMini } from './pin.ts';
import type { Same } from './pin.ts';

// The real checks here are the compiler's: `tsc -b packages/protocol` fails when a line expected to be
// an error compiles, i.e. when a pin stops catching a drift it must catch.

const errandFields = {
  id: z.string(),
  letter: z.string(),
  name: z.object({ de: z.string() }).catchall(z.string()),
  hint: z.object({ de: z.string() }).catchall(z.string()).optional(),
  colour: z.string().optional(),
  active: z.boolean().optional(),
  cutOff: z.enum(['none', 'warn', 'stop']).optional(),
  waitLimits: z.object({ amberMinutes: z.number(), redMinutes: z.number() }).optional(),
};

describe('a schema pinned to its type', () => {
  it('compiles when both have exactly the same fields', () => {
    const schema = pin<Errand>()(z.object({ ...errandFields, priority: z.boolean().optional() }));
    expect(schema.parse({ id: 'a', letter: 'A', name: { de: 'A' } })).toEqual({
      id: 'a',
      letter: 'A',
      name: { de: 'A' },
    });
  });

  it('does not compile when the type has an optional field the schema lacks', () => {
    // @ts-expect-error `priority` is in Errand but not in the schema
    const schema = pin<Errand>()(z.object(errandFields));
    expect(schema).toBeDefined();
  });

  it('does not compile when the schema has a field the type lacks', () => {
    // @ts-expect-error `extra` is in the schema but not in Errand
    const schema = pin<Errand>()(
      z.object({ ...errandFields, priority: z.boolean().optional(), extra: z.string().optional() }),
    );
    expect(schema).toBeDefined();
  });

  it('does not compile when a field differs in type or in being required', () => {
    // @ts-expect-error `active` is optional in Errand
    pin<Errand>()(z.object({ ...errandFields, active: z.boolean(), priority: z.boolean().optional() }));
    // @ts-expect-error `letter` is a string in Errand
    pin<Errand>()(z.object({ ...errandFields, letter: z.number(), priority: z.boolean().optional() }));
    expect(true).toBe(true);
  });

  it('looks into nested objects and lists', () => {
    type Outer = { readonly items: readonly { readonly a: string; readonly b?: number }[] };
    pin<Outer>()(z.object({ items: z.array(z.object({ a: z.string(), b: z.number().optional() })) }));
    // @ts-expect-error `b` is missing inside the list's items
    pin<Outer>()(z.object({ items: z.array(z.object({ a: z.string() })) }));
    expect(true).toBe(true);
  });

  it('checks zod/mini schemas the same way', () => {
    type Small = { readonly a: string; readonly b?: number | undefined };
    const schema = pinMini<Small>()(zm.object({ a: zm.string(), b: zm.optional(zm.number()) }));
    // @ts-expect-error `b` is missing
    pinMini<Small>()(zm.object({ a: zm.string() }));
    expect(schema.parse({ a: 'x' })).toEqual({ a: 'x' });
  });

  it('holds for the protocol’s own schemas', () => {
    const errand: Same<z.output<typeof errandSchema>, Errand> = true;
    const ticket: Same<z.input<typeof ticketSchema>, Ticket> = true;
    expect([errand, ticket]).toEqual([true, true]);
  });
});
