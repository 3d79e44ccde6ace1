import { createTicketPrinter, decodeEscPos, ticketNumberLine, usbTransport } from '@aufruf/printer';
import { createFakeUsbPrinter } from '@aufruf/printer/testing';
import type { FakeUsbPrinter } from '@aufruf/printer/testing';
import type { DrawReply, PrintReply, Snapshot } from '@aufruf/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, openCounters, rid, startTestHub } from '../support/test-hub.ts';
import type { TestHub, TestSocket } from '../support/test-hub.ts';

// The hub's printer on USB, through a fake device shaped like the usb package's (no printer is
// attached to this machine): a ticket whose printer is unplugged while it prints is owed, staff see
// which number, and "Neu drucken" prints exactly that number once the printer is back.

let office: TestHub | undefined;
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await office?.stop();
  office = undefined;
});

const EPSON_TM_T20III = { vendorId: 0x04b8, productId: 0x0e28 };

async function drawAndPrint(kiosk: TestSocket, errandId: string): Promise<[DrawReply, PrintReply]> {
  const requestId = rid();
  const drawn = await kiosk.emitWithAck('ticket:draw', { requestId, errandId });
  if (!drawn.ok) throw new Error(`draw refused: ${drawn.error.code}`);
  const printed = await kiosk.emitWithAck('ticket:print', {
    requestId: rid(),
    ticketId: drawn.value.ticket.id,
    drawRequestId: requestId,
  });
  if (!printed.ok) throw new Error(`print refused: ${printed.error.code}`);
  return [drawn.value, printed.value];
}

const printedNumbers = (printer: FakeUsbPrinter): string | undefined =>
  ticketNumberLine(decodeEscPos(printer.received()))?.text;

async function snapshotOf(socket: TestSocket): Promise<Snapshot> {
  const reply = await socket.emitWithAck('office:sync');
  if (!reply.ok) throw new Error(reply.error.code);
  return reply.value;
}

describe('a USB printer unplugged while it prints', () => {
  it('reports the fault, lists the number as not printed, and prints it again when back', async () => {
    const printer = createFakeUsbPrinter(EPSON_TM_T20III);
    office = await startTestHub({
      printer: createTicketPrinter(
        usbTransport({ usb: printer.module, timeoutMs: 1000, statusTimeoutMs: 300 }),
      ),
    });
    const kiosk = await connect(office.url, { demo: 'kiosk' });
    const [counter] = await openCounters(office, ['platz-1']);
    if (!counter) throw new Error('no counter');
    sockets.push(kiosk, counter);

    // Paper near its end still prints; the status bytes come through the IN endpoint.
    printer.setStatus({ paperNearEnd: true });
    const [first, firstPrint] = await drawAndPrint(kiosk, 'ausweis');
    expect(firstPrint).toEqual({ printed: true, state: 'paper-near-end', reason: null });
    expect(printedNumbers(printer)).toMatch(/A\s*0*1$/);

    printer.setStatus({});
    printer.unplugDuringNextWrite();
    const [second, secondPrint] = await drawAndPrint(kiosk, 'ausweis');
    expect(secondPrint).toMatchObject({ printed: false, reason: 'offline' });

    // Staff see which number owes its paper, from the hub's state that every counter gets.
    const seen = await snapshotOf(counter);
    const owed = seen.state.tickets.filter((t) => t.unprinted);
    expect(owed.map((t) => [t.id, t.unprinted])).toEqual([
      [second.ticket.id, { fault: 'offline', source: 'hub' }],
    ]);
    expect(seen.state.tickets.find((t) => t.id === first.ticket.id)?.unprinted).toBeUndefined();
    expect(seen.printers.find((p) => p.source === 'hub')?.state).toBe('offline');

    // Still unplugged: the reprint says so and the number stays owed.
    const early = await counter.emitWithAck('ticket:reprint', {
      requestId: rid(),
      ticketId: second.ticket.id,
    });
    expect(early).toMatchObject({ ok: true, value: { printed: false, reason: 'offline' } });
    expect(office.hub.office.state().tickets.get(second.ticket.id)?.unprinted?.fault).toBe('offline');

    printer.plug();
    const before = printer.received().length;
    const reprint = await counter.emitWithAck('ticket:reprint', {
      requestId: rid(),
      ticketId: second.ticket.id,
    });
    expect(reprint).toEqual({ ok: true, value: { printed: true, state: 'ok', reason: null } });
    const reprinted = decodeEscPos(printer.received().slice(before));
    expect(ticketNumberLine(reprinted)?.text).toMatch(/A\s*0*2$/);
    expect(reprinted.qrCodes).toHaveLength(1);
    expect(office.hub.office.state().tickets.get(second.ticket.id)?.unprinted).toBeUndefined();

    // Nothing is owed any more: a second press prints nothing.
    const again = await counter.emitWithAck('ticket:reprint', {
      requestId: rid(),
      ticketId: second.ticket.id,
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'nothing-to-print' } });
    expect(printer.received().length).toBeGreaterThan(before);
    const after = printer.received().length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(printer.received().length).toBe(after);
  });

  it('an open cover or missing paper refuses the ticket before sending it, with that fault', async () => {
    const printer = createFakeUsbPrinter(EPSON_TM_T20III);
    office = await startTestHub({
      printer: createTicketPrinter(
        usbTransport({ usb: printer.module, timeoutMs: 1000, statusTimeoutMs: 300 }),
      ),
    });
    const kiosk = await connect(office.url, { demo: 'kiosk' });
    sockets.push(kiosk);
    printer.setStatus({ coverOpen: true });
    const [coverDraw, cover] = await drawAndPrint(kiosk, 'melde');
    expect(cover).toEqual({ printed: false, state: 'cover-open', reason: 'cover-open' });
    printer.setStatus({ paperOut: true });
    const [paperDraw, paper] = await drawAndPrint(kiosk, 'melde');
    expect(paper).toEqual({ printed: false, state: 'paper-out', reason: 'paper-out' });
    expect(printer.received()).toHaveLength(0);
    const tickets = office.hub.office.state().tickets;
    expect(tickets.get(coverDraw.ticket.id)?.unprinted?.fault).toBe('cover-open');
    expect(tickets.get(paperDraw.ticket.id)?.unprinted?.fault).toBe('paper-out');
  });
});
