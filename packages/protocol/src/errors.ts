import type { Result } from '@aufruf/core';
import { z } from 'zod';
import { apiErrorCodes, connectRefusals, refusalCodes } from './error-codes.ts';
import type { ApiErrorCode, ErrorCode, RefusalCode } from './error-codes.ts';
import { idSchema } from './common.ts';
import { pin } from './pin.ts';

export * from './error-codes.ts';

export const refusalCodeSchema = z.enum(refusalCodes);
export const connectRefusalSchema = z.enum(connectRefusals);
export const apiErrorCodeSchema = z.enum(apiErrorCodes);

/** One field a payload got wrong. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

const issueSchema = pin<Issue>()(z.object({ path: z.string(), message: z.string() }));

/**
 * Why something was refused: a code from a closed set, which each screen words in its reader's
 * language. `message` is developer text for logs and curl (English); no screen shows it.
 */
export interface WireError<C extends ErrorCode = RefusalCode> {
  readonly code: C;
  readonly message?: string | undefined;
  /** For `invalid-payload` and `invalid-settings`: the fields, for a form to point at. */
  readonly issues?: readonly Issue[] | undefined;
}

export const wireErrorSchema = pin<WireError>()(
  z.object({
    code: refusalCodeSchema,
    message: z.string().optional(),
    issues: z.array(issueSchema).optional(),
  }),
);

/** Every acknowledgement: `{ ok: true, value }` or `{ ok: false, error }`. */
export type Ack<T> = Result<T, WireError>;

/** The schema of an acknowledgement whose value `value` describes: a client parses every reply. */
export const ackSchema = <T>(value: z.ZodType<T, T>): z.ZodType<Ack<T>, Ack<T>> =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: wireErrorSchema }),
  ]);

/**
 * The one way to make an error: `wireError('forbidden')`, or with developer text for the log. The
 * message became optional and the code a closed set (ErrorCode); calls that passed both still compile.
 */
export const wireError = <C extends ErrorCode>(code: C, message?: string): WireError<C> =>
  message === undefined ? { code } : { code, message };

/** Turns a zod failure into an error that names each bad field. */
export function invalidPayload(error: z.ZodError): WireError<'invalid-payload'> {
  const issues = error.issues.slice(0, 10).map((issue) => ({
    path: issue.path.length > 0 ? issue.path.join('.') : '(message)',
    message: issue.message,
  }));
  const first = issues[0];
  return {
    code: 'invalid-payload',
    message: first ? `Invalid message: ${first.path}: ${first.message}` : 'Invalid message.',
    issues,
  };
}

/**
 * Why the live queue forbids a setup, as facts the admin page words itself: a removed place that is
 * serving someone, a removed place a transferred number waits for, a removed errand with open numbers.
 */
export type SettingsInUse =
  | { readonly kind: 'place-serving'; readonly placeId: string }
  | {
      readonly kind: 'place-awaited';
      readonly placeId: string;
      readonly ticket: { readonly letter: string; readonly number: number };
    }
  | { readonly kind: 'errand-waiting'; readonly errandId: string };

export const settingsInUseSchema = pin<SettingsInUse>()(
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('place-serving'), placeId: idSchema }),
    z.object({
      kind: z.literal('place-awaited'),
      placeId: idSchema,
      ticket: z.object({ letter: z.string(), number: z.number().int().positive() }),
    }),
    z.object({ kind: z.literal('errand-waiting'), errandId: idSchema }),
  ]),
);

/** The error of an HTTP API answer; `detail` only with `settings-in-use`. */
export interface ApiError extends WireError<ApiErrorCode> {
  readonly detail?: SettingsInUse | undefined;
}

export const apiErrorSchema = pin<ApiError>()(
  z.object({
    code: apiErrorCodeSchema,
    message: z.string().optional(),
    issues: z.array(issueSchema).optional(),
    detail: settingsInUseSchema.optional(),
  }),
);

/** The body of every non-2xx JSON answer of the HTTP API. */
export const apiErrorBodySchema = z.object({ error: apiErrorSchema });
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
