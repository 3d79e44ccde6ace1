import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ticketBytes } from './layout.ts';
import type { PrinterStatus } from './status.ts';
import type { PrinterTransport } from './transport.ts';
import { tcpTransport } from './tcp-transport.ts';
import { createTicketPrinter } from './ticket-printer.ts';
import { COVER_OPEN, PAPER_OUT, sampleTicket as ticket, startFakePrinter } from './test-support.ts';
import type { FakePrinter } from './test-support.ts';

let printer: FakePrinter | undefined;
afterEach(async () => {
  await printer?.close();
  printer = undefined;
});

const transportTo = (fake: FakePrinter, timeoutMs = 1000) =>
  tcpTransport({ host: '127.0.0.1', port: fake.port, timeoutMs });

/** A port nothing listens on: bind one, then let it go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('tcpTransport', () => {
  it('delivers the ticket bytes exactly once', async () => {
    printer = await startFakePrinter();
    const result = await createTicketPrinter(transportTo(printer)).print(ticket);
    expect(result).toMatchObject({ ok: true, status: { state: 'ok' } });
    expect(printer.statusRequests).toBe(4);
    expect(printer.jobs).toEqual([Buffer.from(ticketBytes(ticket))]);
  });

  it.each([
    ['paper out', PAPER_OUT, 'paper-out', 'paper-out'],
    ['cover open', COVER_OPEN, 'cover-open', 'cover-open'],
  ])('refuses to print with %s and sends nothing', async (_name, answers, state, reason) => {
    printer = await startFakePrinter(answers);
    const seen: PrinterStatus[] = [];
    const result = await createTicketPrinter(transportTo(printer), { onStatus: (s) => seen.push(s) }).print(
      ticket,
    );
    expect(result).toMatchObject({ ok: false, reason, status: { state, canPrint: false } });
    expect(seen.map((s) => s.state)).toEqual([state]);
    expect(printer.jobs).toEqual([]);
  });

  it('reports a printer that never answers as offline within the timeout', async () => {
    printer = await startFakePrinter('silent');
    const started = Date.now();
    const status = await transportTo(printer, 300).queryStatus();
    expect(status).toMatchObject({ state: 'offline', canPrint: false, detail: { online: false } });
    expect(Date.now() - started).toBeLessThan(1500);
    const result = await createTicketPrinter(transportTo(printer, 300)).print(ticket);
    expect(result).toMatchObject({ ok: false, reason: 'offline' });
  });

  it('rejects a send to a closed port with a clear error, and calls that port offline', async () => {
    const port = await closedPort();
    const transport = tcpTransport({ host: '127.0.0.1', port, timeoutMs: 1000 });
    expect(transport.name).toBe(`tcp://127.0.0.1:${port}`);
    await expect(transport.send(ticketBytes(ticket))).rejects.toThrow(
      `Printer tcp://127.0.0.1:${port} not reachable: connect ECONNREFUSED 127.0.0.1:${port}`,
    );
    expect(await transport.queryStatus()).toMatchObject({ state: 'offline', message: /ECONNREFUSED/ });
  });
});

describe('createTicketPrinter', () => {
  it('reports a failed send as the printer being offline, with the cause for the log', async () => {
    printer = await startFakePrinter();
    const healthy = transportTo(printer);
    const unplugged: PrinterTransport = {
      name: 'unplugged',
      queryStatus: () => healthy.queryStatus(),
      send: () => Promise.reject(new Error('cable pulled')),
    };
    expect(await createTicketPrinter(unplugged).print(ticket)).toEqual({
      ok: false,
      status: expect.objectContaining({ state: 'ok' }) as PrinterStatus,
      reason: 'offline',
      error: 'cable pulled',
    });
  });

  it('polls the status until stopped, never two polls at once', async () => {
    printer = await startFakePrinter();
    const fake = printer;
    const tcp = transportTo(fake);
    let running = 0;
    let mostAtOnce = 0;
    const counting: PrinterTransport = {
      ...tcp,
      async queryStatus() {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        try {
          return await tcp.queryStatus();
        } finally {
          running -= 1;
        }
      },
    };
    const states: string[] = [];
    const stop = createTicketPrinter(counting).watchStatus(1, (status) => {
      states.push(status.state);
      if (states.length === 2) fake.answers = PAPER_OUT;
    });
    await expect.poll(() => states.length, { timeout: 3000 }).toBeGreaterThanOrEqual(4);
    stop();
    const count = states.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(states.length).toBe(count);
    expect(states.slice(0, 3)).toEqual(['ok', 'ok', 'paper-out']);
    expect(mostAtOnce).toBe(1);
  });
});
