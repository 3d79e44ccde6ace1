import type { ApiErrorCode } from '@aufruf/protocol';
import type { MessageKey } from './i18n.ts';

/**
 * What to tell the office head when an admin call failed, for every code the API can answer with (a
 * new code does not compile until it is here). The hub's developer text is never shown.
 */
export const apiErrorKeys: Readonly<Record<ApiErrorCode, MessageKey>> = {
  unreachable: 'unreachable',
  'invalid-reply': 'badAnswer',
  'admin-denied': 'wrongSecret',
  'rate-limited': 'tooManyAttempts',
  'invalid-payload': 'pairInvalid',
  'invalid-query': 'pairInvalid',
  'invalid-code': 'pairInvalid',
  'unknown-place': 'pairInvalid',
  'unknown-errand': 'requestFailed',
  'unknown-ticket': 'ticketGone',
  'not-cancellable': 'ticketEnded',
  'nothing-to-print': 'nothingToPrint',
  busy: 'busyTryAgain',
  'invalid-settings': 'setupInvalid',
  'settings-conflict': 'setupConflict',
  'settings-in-use': 'setupInUse',
  'unknown-device': 'deviceGone',
  'not-found': 'notAvailable',
  'method-not-allowed': 'notAvailable',
  'unknown-code': 'requestFailed',
  'bad-request': 'requestFailed',
  'payload-too-large': 'requestFailed',
  'unsupported-media-type': 'requestFailed',
  internal: 'requestFailed',
};

export const apiErrorKey = (error: { readonly code: ApiErrorCode }): MessageKey => apiErrorKeys[error.code];
