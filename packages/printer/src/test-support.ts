import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';

import type { TicketPrint } from './layout.ts';

// The USB printer fake, for the hub's and the kiosk's tests as much as this package's.
export * from './fake-usb-printer.ts';

/** A ticket to send through a transport under test (A 42, Führerschein, 09:14 in Berlin). */
export const sampleTicket: TicketPrint = {
  officeName: 'Bürgerbüro Musterstadt',
  number: { letter: 'A', number: 42 },
  errandName: 'Führerschein',
  drawnAt: Date.UTC(2026, 10, 26, 8, 14),
  timeZone: 'Europe/Berlin',
  ahead: 3,
  estimate: { minMinutes: 20, maxMinutes: 30 },
  followUrl: 'http://localhost:8080/t/Vb3kQ9xZr2LmT7wPq1sYdA',
};

/** Status bytes a healthy printer answers to DLE EOT 1..4 (only the fixed bits set). */
export const READY = [0x12, 0x12, 0x12, 0x12] as const;
export const PAPER_OUT = [0x1a, 0x32, 0x12, 0x7e] as const;
export const COVER_OPEN = [0x1a, 0x16, 0x12, 0x12] as const;

export interface FakePrinter {
  /** Set once listening. */
  port: number;
  /** Bytes of each finished connection that were not status requests, i.e. printed jobs. */
  readonly jobs: Buffer[];
  /** How many DLE EOT requests arrived. */
  statusRequests: number;
  /** Answers for DLE EOT 1..4, or 'silent' for a printer that never answers. */
  answers: readonly number[] | 'silent';
  close(): Promise<void>;
}

/** A network printer on 127.0.0.1, port 0: records jobs and answers real-time status requests. */
export async function startFakePrinter(answers: FakePrinter['answers'] = READY): Promise<FakePrinter> {
  const sockets = new Set<Socket>();
  const printer: FakePrinter = {
    port: 0,
    jobs: [],
    statusRequests: 0,
    answers,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server = createServer((socket) => {
    sockets.add(socket);
    const printed: number[] = [];
    let pending: number[] = [];
    socket.on('data', (chunk: Buffer) => {
      pending.push(...chunk);
      // Like a printer, pick DLE EOT n out of the stream wherever it appears.
      while (pending.length > 0) {
        const dle = pending.indexOf(0x10);
        if (dle === -1 || dle > pending.length - 3) {
          const keep = dle === -1 ? pending.length : dle;
          printed.push(...pending.slice(0, keep));
          pending = pending.slice(keep);
          break;
        }
        printed.push(...pending.slice(0, dle));
        const n = pending[dle + 2] ?? 0;
        if (pending[dle + 1] === 0x04 && n >= 1 && n <= 4) {
          printer.statusRequests += 1;
          if (printer.answers !== 'silent') socket.write(Uint8Array.of(printer.answers[n - 1] ?? 0));
          pending = pending.slice(dle + 3);
        } else {
          printed.push(0x10);
          pending = pending.slice(dle + 1);
        }
      }
    });
    socket.on('end', () => {
      printed.push(...pending);
      if (printed.length > 0) printer.jobs.push(Buffer.from(printed));
    });
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  printer.port = (server.address() as AddressInfo).port;
  return printer;
}
