import type { PrinterStatus, StatusResponses } from './status.ts';
import { STATUS_REQUESTS, offlineStatus, parseStatus } from './status.ts';

/** One claimed USB printer's pipes, as the USB transport hands them over. */
export interface StatusLink {
  readonly write: (bytes: Uint8Array, limitMs: number) => Promise<void>;
  /** What arrived within limitMs, maybe nothing. */
  readonly read: (limitMs: number) => Promise<Uint8Array>;
}

/**
 * Sorts what comes back on the IN pipe as Epson's manuals tell the two apart: DLE EOT answers
 * (0xx1xx10) and automatic status back blocks (ASB: 0xx1xx00 and three bytes with bits 4 and 7
 * clear), sent unasked by a printer whose ASB is switched on. Anything else is dropped.
 */
class BackChannel {
  readonly answers: number[] = [];
  asb: readonly number[] | undefined;
  private block: number[] | undefined;

  push(bytes: Uint8Array): void {
    for (const byte of bytes) {
      if (this.block && (byte & 0x90) === 0) {
        this.block.push(byte);
        if (this.block.length === 4) [this.asb, this.block] = [this.block, undefined];
      } else {
        this.block = undefined;
        if ((byte & 0x93) === 0x12) this.answers.push(byte);
        else if ((byte & 0x93) === 0x10) this.block = [byte];
      }
    }
  }
}

/** An ASB block as the DLE EOT 1..4 answers that say the same, so that parseStatus reads both. */
function asbResponses([first = 0, second = 0, third = 0]: readonly number[]): StatusResponses {
  const paperEnd = (third & 0x0c) !== 0;
  return {
    printer: 0x12 | (first & 0x08),
    offline: 0x12 | ((first & 0x20) >> 3) | (paperEnd ? 0x20 : 0),
    error: 0x12 | (second & 0x68),
    paper: 0x12 | ((third & 0x03) !== 0 ? 0x0c : 0) | (paperEnd ? 0x60 : 0),
  };
}

/**
 * Asks DLE EOT 1..4 one by one and reads the answers. A printer that stays silent is offline; a
 * failed transfer (stall, unplug) rejects with its cause.
 */
export async function readUsbStatus(
  printer: string,
  { write, read }: StatusLink,
  limitMs: number,
): Promise<PrinterStatus> {
  const back = new BackChannel();
  const answers: number[] = [];
  // One request at a time, so that each answer is known to belong to its request.
  for (const request of STATUS_REQUESTS) {
    await write(request, limitMs);
    const deadline = Date.now() + limitMs;
    while (back.answers.length === 0 && Date.now() < deadline) {
      back.push(await read(Math.max(1, deadline - Date.now())));
    }
    const answer = back.answers.shift();
    if (answer === undefined) break; // a silent printer costs one wait, not four
    answers.push(answer);
  }
  const [printerByte, offline, error, paper] = answers;
  if (answers.length > 0) return parseStatus({ printer: printerByte, offline, error, paper });
  if (back.asb) return parseStatus(asbResponses(back.asb));
  return offlineStatus(`${printer}: no status answer within ${limitMs} ms`);
}
