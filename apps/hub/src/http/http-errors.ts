import { settingsPath, wireError } from '@aufruf/protocol';
import type { ApiError, ApiErrorCode, Issue } from '@aufruf/protocol';
import type {
  FastifyError,
  FastifyReply,
  FastifyRequest,
  FastifySchemaCompiler,
  FastifySerializerCompiler,
} from 'fastify';
import { safeParse } from 'zod/v4/core';
import type { $ZodIssue, $ZodType } from 'zod/v4/core';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** How this route words a request that fails its schema; see `answerError`. */
    invalid?: { readonly code: ApiErrorCode; readonly message?: string };
  }
}

/** A refusal a route throws: answered as `{ error }` with its status (and headers, such as a 401's). */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: ApiError,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(body.message ?? body.code);
  }
}

export const refuse = (status: number, code: ApiErrorCode, message?: string): HttpError =>
  new HttpError(status, wireError(code, message));

/** A part of a request (body, query, params) that did not pass its schema, with zod's own issues. */
class InvalidRequest extends Error {
  readonly statusCode = 400;
  constructor(
    readonly part: string,
    readonly issues: readonly $ZodIssue[],
  ) {
    super(`invalid ${part}`);
  }
}

/**
 * Validates with zod. Not fastify-type-provider-zod's validator: that one flattens an issue's path to
 * "/settings/errands/1", which no longer tells a list index from a key; the admin page needs
 * "settings.errands[1].letter" (settingsPath) to point at the field.
 */
export const validatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema, httpPart }) =>
  (data: unknown) => {
    const result = safeParse(schema, data);
    return result.success
      ? { value: result.data }
      : { error: new InvalidRequest(httpPart ?? 'body', result.error.issues) };
  };

/**
 * Answers leave checked against their schema (the admin page parses them with the same one). The type
 * provider's own serializer does the same; this one keeps its runtime (and JSON-schema tooling) out of
 * the hub, whose memory has a budget – the provider is used for its types only.
 */
export const serializerCompiler: FastifySerializerCompiler<$ZodType> =
  ({ schema }) =>
  (data: unknown) => {
    const result = safeParse(schema, data);
    if (!result.success) throw new Error(`answer does not match its schema: ${result.error.message}`);
    return JSON.stringify(result.data);
  };

// A body of tens of kilobytes can fail in thousands of places; a form needs the first few.
const MAX_ISSUES = 50;

function invalidRequest(error: InvalidRequest, request: FastifyRequest): ApiError {
  const issues: Issue[] = error.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => ({ path: settingsPath(issue.path), message: issue.message }));
  const first = issues[0];
  const given = request.routeOptions.config.invalid;
  // Query parameters are refused with a sentence that names the parameter (see http-api.ts).
  const query = error.part === 'querystring';
  const code = given?.code ?? (query ? 'invalid-query' : 'invalid-payload');
  const message =
    given?.message ??
    (!first
      ? 'Invalid request.'
      : query
        ? first.message
        : `${first.path || '(top level)'}: ${first.message}`);
  return { ...wireError(code, message), issues };
}

// What fastify itself refuses before a route runs: unreadable JSON, another content type, too large.
const clientErrors: Readonly<Record<number, { code: ApiErrorCode; message: string }>> = {
  404: { code: 'not-found', message: 'No such API route.' },
  413: { code: 'payload-too-large', message: 'Request body too large.' },
  415: { code: 'unsupported-media-type', message: 'Send application/json.' },
};

/** Every refusal as `{ error: { code, message, issues? } }`; failures of the hub itself are logged. */
export function answerError(
  error: FastifyError | HttpError | InvalidRequest,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof HttpError) {
    return reply.code(error.statusCode).headers(error.headers).send({ error: error.body });
  }
  if (error instanceof InvalidRequest) return reply.code(400).send({ error: invalidRequest(error, request) });
  const status = error.statusCode ?? 500;
  if (status < 400 || status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return reply.code(500).send({ error: wireError('internal', 'The hub could not process this request.') });
  }
  const known = clientErrors[status];
  const body = known ? wireError(known.code, known.message) : wireError('bad-request', error.message);
  return reply.code(status).send({ error: body });
}

/** Unknown API paths get a JSON refusal, anything else a plain 404 page. */
export function answerNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (request.url.startsWith('/api/')) {
    return reply
      .code(404)
      .header('cache-control', 'no-store')
      .send({ error: wireError('not-found', 'No such API route.') });
  }
  return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
}
