import { wireError } from '@aufruf/protocol';
import type { FastifyRequest } from 'fastify';
import type { AdminSecret } from '../auth/admin-secret.ts';
import type { RateLimits } from '../socket/rate-limits.ts';
import { HttpError, refuse } from './http-errors.ts';

/** The Bearer token of a request, if any. */
export function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
}

/**
 * The admin routes' gate, run on request, before the body is read: an address that guessed wrong ten
 * times is not even checked (rate-limits.ts); a wrong or missing secret is counted and refused.
 */
export function adminOnly(admin: AdminSecret, limits: RateLimits) {
  return async (request: FastifyRequest): Promise<void> => {
    if (!(await limits.mayCheck('admin-secret', request.ip))) {
      throw refuse(429, 'rate-limited', 'Too many failed attempts; try again in ten minutes.');
    }
    const secret = bearer(request);
    if (secret !== undefined && admin.verify(secret)) return;
    await limits.failed('admin-secret', request.ip);
    throw new HttpError(
      401,
      wireError('admin-denied', 'This needs the admin secret (Authorization: Bearer <secret>).'),
      { 'www-authenticate': 'Bearer realm="aufruf-admin"' },
    );
  };
}
