import type { z } from 'zod';
import type * as zm from 'zod/mini';

// A schema written as `z.ZodType<T>` only checks that what it parses fits T: a field added to T as
// optional, or to the schema, slips through. `pin<T>()(schema)` compiles only when the schema's output
// and input have exactly T's fields, at every depth (readonly aside: the wire has no such thing).
// Type-only imports: this costs the follow page's small bundle nothing.

type Leaf = string | number | boolean | bigint | symbol | null | undefined;

/** T without `readonly`, at every depth; a record's values are never `undefined` on the wire. */
type Plain<T> = T extends Leaf
  ? T
  : T extends readonly (infer E)[]
    ? Plain<E>[]
    : { -readonly [K in keyof T]: string extends K ? Plain<Exclude<T[K], undefined>> : Plain<T[K]> };

/** Only T's field names, at every depth: what mutual assignability cannot see (optional fields). */
type Shape<T> = T extends Leaf
  ? 'leaf'
  : T extends readonly (infer E)[]
    ? { items: Shape<E> }
    : { -readonly [K in keyof T]-?: Shape<Exclude<T[K], null | undefined>> };

type Identical<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/** True when A and B describe the same values with the same fields. */
export type Same<A, B> = [Plain<A>] extends [Plain<B>]
  ? [Plain<B>] extends [Plain<A>]
    ? Identical<Shape<A>, Shape<B>>
    : false
  : false;

/** The top-level fields only one side has, to make a failed pin readable. */
type OnlyOneSide<A, B> = Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>;

/** An extra argument the call cannot supply: its type says what differs. */
type Mismatch<S, T> = [
  error: 'the schema does not describe exactly this type',
  fieldsOnOneSide: OnlyOneSide<S, T>,
  schema: S,
  type: T,
];

type Check<O, I, T> =
  Same<O, T> extends true ? (Same<I, T> extends true ? [] : Mismatch<I, T>) : Mismatch<O, T>;

/** Pins a zod schema to the type it describes, in both directions (see above). */
export const pin =
  <T>() =>
  <S extends z.ZodType<T, T>>(schema: S, ..._exact: Check<z.output<S>, z.input<S>, T>): z.ZodType<T, T> =>
    schema;

/** {@link pin} for zod/mini schemas (the follow page). */
export const pinMini =
  <T>() =>
  <S extends zm.ZodMiniType<T, T>>(
    schema: S,
    ..._exact: Check<zm.output<S>, zm.input<S>, T>
  ): zm.ZodMiniType<T, T> =>
    schema;
