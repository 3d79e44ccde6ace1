import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Ticket } from '@aufruf/core';
import type { PublicOffice } from '@aufruf/protocol';
import { ticketText } from './ticket-text.ts';

export interface PrintJob {
  readonly ticket: Ticket;
  readonly ahead: number;
  readonly office: PublicOffice;
}

/** Anything that puts a ticket on paper (or, for the preview, into a file). */
export interface TicketPrinter {
  print(job: PrintJob): Promise<void>;
}

/**
 * The printer of the browser setup: writes each ticket as the paper would show it into
 * `<dir>/<day>/<A-001>.txt`, so an office can try Aufruf before a thermal printer is attached.
 */
export function previewPrinter(dir: string): TicketPrinter {
  return {
    async print(job) {
      const folder = join(dir, job.ticket.day);
      await mkdir(folder, { recursive: true });
      const name = `${job.ticket.letter}-${String(job.ticket.number).padStart(3, '0')}.txt`;
      await writeFile(join(folder, name), ticketText(job), 'utf8');
    },
  };
}
