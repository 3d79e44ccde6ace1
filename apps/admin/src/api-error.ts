import type { MessageKey } from './i18n.ts';

/** What to tell the office head when an admin call failed. */
export function apiErrorKey(error: { readonly status: number; readonly code: string }): MessageKey {
  if (error.status === 0) return 'unreachable';
  if (error.status === 401) return 'wrongSecret';
  if (error.status === 429) return 'tooManyAttempts';
  if (error.code === 'bad-answer') return 'badAnswer';
  return 'requestFailed';
}
