import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrinterTransport } from './transport.ts';
import { decodeEscPos, ticketNumberLine } from './decode.ts';
import { renderTicketHtml } from './render-html.ts';
import { parseStatus } from './status.ts';

export interface PreviewOptions {
  readonly dir: string;
  /** Clock for the day folder; Date.now by default. */
  readonly now?: () => number;
}

export interface PreviewFiles {
  readonly bin: string;
  readonly html: string;
}

export interface PreviewTransport extends PrinterTransport {
  /** Where the last ticket went, or null before the first one. */
  lastFiles(): PreviewFiles | null;
}

const localDay = (at: number): string => {
  const date = new Date(at);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
};

/**
 * A printer without paper: each ticket becomes `<dir>/<yyyy-mm-dd>/A-042.bin` and `.html`.
 * Decoding first means a layout the decoder cannot read fails here, as it would on paper.
 */
export function previewTransport({ dir, now = Date.now }: PreviewOptions): PreviewTransport {
  let last: PreviewFiles | null = null;
  return {
    name: 'preview',
    lastFiles: () => last,

    async send(bytes) {
      const decoded = decodeEscPos(bytes);
      const number = ticketNumberLine(decoded)?.text.trim() ?? '';
      const base = number.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || `ticket-${now()}`;
      const folder = join(dir, localDay(now()));
      await mkdir(folder, { recursive: true });
      const files = { bin: join(folder, `${base}.bin`), html: join(folder, `${base}.html`) };
      await writeFile(files.bin, bytes);
      await writeFile(files.html, renderTicketHtml(decoded, number || 'Ticket'));
      last = files;
    },

    // All status bits clear: ready, paper present.
    queryStatus: () =>
      Promise.resolve(parseStatus({ printer: 0x12, offline: 0x12, error: 0x12, paper: 0x12 })),
  };
}
