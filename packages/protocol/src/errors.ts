import type { z } from 'zod';
import type { WireError } from './messages.ts';

/** Turns a zod failure into an error ack that names each bad field. */
export function invalidPayload(error: z.ZodError): WireError {
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

export const wireError = (code: string, message: string): WireError => ({ code, message });
