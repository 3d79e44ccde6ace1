import { domainErrorCodes } from '@aufruf/core';

// Every way the hub, a shell or the client itself can say no, as closed sets of stable codes. Screens
// word each code in their reader's language through an exhaustive `Record<Code, …>`, so a code added
// here does not compile until every screen has words for it. Plain arrays, no zod: the follow page's
// small bundle (zod/mini) builds its own enum from them (see follow.ts).

/** Refusals of a socket or IPC message before the domain decides anything. */
export const wireRefusalCodes = [
  /** The payload does not match the event's schema (`issues` names the fields). */
  'invalid-payload',
  'unknown-event',
  /** The sender's role may not send this event (a display drawing a number), or a foreign window. */
  'forbidden',
  /** A counter bound to one place acted for another. */
  'wrong-place',
  /** Too many numbers from one kiosk in a short time. */
  'rate-limited',
  /** The hub failed while handling it; nothing was changed. */
  'internal',
  /** Another program holds the database's write lock; nothing was changed, the same request may be sent again. */
  'busy',
  /** A follow page's ticket is no longer in today's queue. */
  'follow-unknown',
  /** `ticket:print` on a hub without a printer. */
  'no-printer',
  /** `ticket:print` for a number drawn too long ago. */
  'print-window',
  /** A reprint of a ticket that owes no paper: it came out, or the ticket has ended. */
  'nothing-to-print',
] as const;

/** Failures a client records itself: no answer came, or none it could read. */
export const clientErrorCodes = ['unreachable', 'invalid-reply'] as const;

/** Why a command or request over Socket.IO or IPC was refused: what a `WireError` carries. */
export const refusalCodes = [...domainErrorCodes, ...wireRefusalCodes, ...clientErrorCodes] as const;
export type RefusalCode = (typeof refusalCodes)[number];

/** Why the hub refused a connection (Socket.IO's connect_error carries it as `data.code`). */
export const connectRefusals = [
  'pairing-required',
  'token-unknown',
  'token-revoked',
  'follow-unknown',
  'admin-denied',
  'rate-limited',
  'invalid-auth',
] as const;
export type ConnectRefusal = (typeof connectRefusals)[number];

/** Why an HTTP API call failed: the `error.code` of every non-2xx JSON answer. */
export const apiErrorCodes = [
  /** The body does not match the route's schema (`issues` names the fields). */
  'invalid-payload',
  /** A query parameter is wrong (a date range, a limit). */
  'invalid-query',
  /** A settings save that does not pass the office settings' schema (`issues` names the fields). */
  'invalid-settings',
  /** A pairing code that is not eight letters or digits. */
  'invalid-code',
  /** A pairing code nobody made, already used or expired. */
  'unknown-code',
  'unknown-place',
  'unknown-device',
  /** An errand id the office does not have (stopping the issue of numbers). */
  'unknown-errand',
  /** No ticket of today has this id ("Stornieren"). */
  'unknown-ticket',
  /** The ticket has ended already: served, not come, or expired. */
  'not-cancellable',
  /** Another program holds the database's write lock; nothing was changed, try again. */
  'busy',
  /** Someone else saved the settings since they were loaded. */
  'settings-conflict',
  /** The live queue forbids this setup (`detail` says what; see settingsInUseSchema). */
  'settings-in-use',
  /** The admin secret is missing or wrong. */
  'admin-denied',
  /** Too many failed attempts from this address (secret, pairing code). */
  'rate-limited',
  /** A reprint of a ticket that owes no paper: it came out, or the ticket has ended. */
  'nothing-to-print',
  'not-found',
  'method-not-allowed',
  /** A body that is not JSON or not readable. */
  'bad-request',
  'payload-too-large',
  'unsupported-media-type',
  'internal',
  ...clientErrorCodes,
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** Every error code on any path. */
export type ErrorCode = RefusalCode | ApiErrorCode | ConnectRefusal;
