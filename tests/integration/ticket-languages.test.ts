import { createTicketPrinter, decodeEscPos, tcpTransport } from '@aufruf/printer';
import { READY, startFakePrinter } from '@aufruf/printer/testing';
import type { FakePrinter } from '@aufruf/printer/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

let office: TestHub | undefined;
let printer: FakePrinter | undefined;
afterEach(async () => {
  await office?.stop();
  await printer?.close();
  office = undefined;
  printer = undefined;
});

const printedLines = (job: Buffer | undefined): string[] =>
  decodeEscPos(job ?? Buffer.alloc(0))
    .lines.map((line) => line.text)
    .filter((text) => text !== '');

/** A kiosk in a plain browser draws and asks the hub's printer for the ticket, in a language. */
async function drawAndPrint(hub: TestHub, errandId: string, language?: 'tr' | 'uk' | 'ar') {
  const kiosk = await connect(hub.url, { demo: 'kiosk' });
  const drawRequestId = rid();
  const drawn = await kiosk.emitWithAck('ticket:draw', { requestId: drawRequestId, errandId });
  if (!drawn.ok) throw new Error(drawn.error.message);
  const printed = await kiosk.emitWithAck('ticket:print', {
    requestId: rid(),
    ticketId: drawn.value.ticket.id,
    drawRequestId,
    ...(language ? { language } : {}),
  });
  kiosk.close();
  return printed;
}

describe('tickets in the visitor’s language through a real network printer', () => {
  it('prints Turkish and Ukrainian in their code pages, Arabic visitors get the German ticket', async () => {
    printer = await startFakePrinter(READY);
    office = await startTestHub({
      printer: createTicketPrinter(tcpTransport({ host: '127.0.0.1', port: printer.port, timeoutMs: 1000 })),
    });
    expect((await drawAndPrint(office, 'melde', 'tr')).ok).toBe(true);
    await expect.poll(() => printer?.jobs.length).toBe(1);
    const turkish = printedLines(printer.jobs[0]);
    expect(turkish).toContain('Numaranız');
    expect(turkish).toContain('Adres kaydı');
    expect(turkish[0]).toBe('Bürgerbüro Musterstadt');

    expect((await drawAndPrint(office, 'fuehrerschein', 'uk')).ok).toBe(true);
    await expect.poll(() => printer?.jobs.length).toBe(2);
    const ukrainian = printedLines(printer.jobs[1]);
    expect(ukrainian).toContain('Ваш номер');
    expect(ukrainian).toContain('Посвiдчення водiя');

    expect((await drawAndPrint(office, 'gewerbe', 'ar')).ok).toBe(true);
    await expect.poll(() => printer?.jobs.length).toBe(3);
    const arabic = printedLines(printer.jobs[2]);
    expect(arabic).toContain('Ihre Nummer');
    expect(arabic).toContain('Gewerbe');

    // A request without a language prints German, as before.
    expect((await drawAndPrint(office, 'sonstiges')).ok).toBe(true);
    await expect.poll(() => printer?.jobs.length).toBe(4);
    expect(printedLines(printer.jobs[3])).toContain('Sonstiges');
  });

  it('refuses a language it does not know, without printing', async () => {
    office = await startTestHub();
    const kiosk = await connect(office.url, { demo: 'kiosk' });
    const drawRequestId = rid();
    const drawn = await kiosk.emitWithAck('ticket:draw', { requestId: drawRequestId, errandId: 'melde' });
    if (!drawn.ok) throw new Error('no ticket');
    const bad = await kiosk.emitWithAck('ticket:print', {
      requestId: rid(),
      ticketId: drawn.value.ticket.id,
      drawRequestId,
      language: 'fr' as 'tr',
    });
    expect(bad.ok).toBe(false);
    kiosk.close();
  });
});
