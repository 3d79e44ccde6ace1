import type { PrinterState } from '@aufruf/protocol';

/** Overall printer condition, most specific cause first: the wire contract's set (packages/protocol). */
export type { PrinterState };

export interface PrinterStatus {
  readonly state: PrinterState;
  /** False when a ticket would not come out; near end of paper still prints. */
  readonly canPrint: boolean;
  /** What the printer reported; null where it did not say (no answer, or no way to ask). */
  readonly detail: {
    readonly online: boolean | null;
    readonly coverOpen: boolean | null;
    readonly paperNearEnd: boolean | null;
    readonly paperOut: boolean | null;
    readonly error: boolean | null;
  };
  /** Why the state is what it is, for logs (e.g. "no answer within 3000 ms"). */
  readonly message?: string;
}

/** Answers to DLE EOT 1..4, one byte each. */
export interface StatusResponses {
  readonly printer?: number;
  readonly offline?: number;
  readonly error?: number;
  readonly paper?: number;
}

/** Real-time status requests DLE EOT n, in the order StatusResponses lists their answers. */
export const STATUS_REQUESTS = [1, 2, 3, 4].map((n) => Uint8Array.of(0x10, 0x04, n));

const unknownDetail = { online: null, coverOpen: null, paperNearEnd: null, paperOut: null, error: null };

/** The printer cannot be reached or did not answer. */
export function offlineStatus(message?: string): PrinterStatus {
  return { state: 'offline', canPrint: false, detail: { ...unknownDetail, online: false }, message };
}

/**
 * Nothing known against printing: the ticket is sent and a failure shows up there. Refusing
 * instead would leave a printer that cannot report (USB here) or answers oddly unusable.
 */
export function unknownStatus(message?: string): PrinterStatus {
  return { state: 'unknown', canPrint: true, detail: unknownDetail, message };
}

const bit = (value: number | undefined, n: number): boolean =>
  value !== undefined && (value & (1 << n)) !== 0;

/** Epson status bytes: bits 1 and 4 are always 1, bits 0 and 7 always 0. */
const wellFormed = (value: number | undefined): boolean => value === undefined || (value & 0x93) === 0x12;

/** Reads the DLE EOT answers following the Epson ESC/POS bit layout. */
export function parseStatus(responses: StatusResponses): PrinterStatus {
  const { printer, offline, error, paper } = responses;
  const given = [printer, offline, error, paper];
  if (given.every((value) => value === undefined)) return unknownStatus('no status answers');
  const malformed = given.filter((value) => !wellFormed(value));
  if (malformed.length > 0) {
    return unknownStatus(`malformed status byte ${malformed.map((v) => `0x${v?.toString(16)}`).join(', ')}`);
  }

  const known = (value: number | undefined, flag: boolean): boolean | null =>
    value === undefined ? null : flag;
  const detail = {
    online: known(printer, !bit(printer, 3)),
    coverOpen: known(offline, bit(offline, 2)),
    // Sensors report each condition on two bits; either one counts.
    paperNearEnd: known(paper, bit(paper, 2) || bit(paper, 3)),
    paperOut:
      paper === undefined && offline === undefined ? null : bit(paper, 5) || bit(paper, 6) || bit(offline, 5),
    error:
      offline === undefined && error === undefined
        ? null
        : bit(offline, 6) || bit(error, 3) || bit(error, 5) || bit(error, 6),
  };

  // An open cover or missing paper also sets "offline"; the specific cause is what staff can fix.
  const state: PrinterState = detail.coverOpen
    ? 'cover-open'
    : detail.paperOut
      ? 'paper-out'
      : detail.error
        ? 'error'
        : detail.online === false
          ? 'offline'
          : detail.paperNearEnd
            ? 'paper-near-end'
            : 'ok';
  return { state, canPrint: state === 'ok' || state === 'paper-near-end', detail };
}
