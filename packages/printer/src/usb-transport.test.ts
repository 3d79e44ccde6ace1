import { describe, expect, it } from 'vitest';
import { decodeEscPos, ticketNumberLine } from './decode.ts';
import { ticketBytes } from './layout.ts';
import type { PrinterState } from './status.ts';
import { openTransport } from './printer-selection.ts';
import { createTicketPrinter } from './ticket-printer.ts';
import { usbTransport } from './usb-transport.ts';
import { sampleTicket as ticket } from './test-support.ts';
import { createFakeUsbPrinter, fakeUsbBus } from './fake-usb-printer.ts';
import type { FakeUsbPrinter, FakeUsbPrinterStatus } from './fake-usb-printer.ts';

const TM_T20III = { vendorId: 0x04b8, productId: 0x0e28 };
const transportTo = (fake: FakeUsbPrinter, statusTimeoutMs = 300) =>
  usbTransport({ usb: fake.module, timeoutMs: 1000, statusTimeoutMs });
const printedNumber = (bytes: Uint8Array): string | undefined =>
  ticketNumberLine(decodeEscPos(bytes))?.text.trim();

describe('usbTransport status', () => {
  it.each<[string, FakeUsbPrinterStatus, PrinterState, boolean]>([
    ['ready', {}, 'ok', true],
    ['paper near end', { paperNearEnd: true }, 'paper-near-end', true],
    ['paper out', { paperOut: true }, 'paper-out', false],
    ['cover open', { coverOpen: true }, 'cover-open', false],
    ['offline', { offline: true }, 'offline', false],
  ])('reads %s from the DLE EOT answers on the IN endpoint', async (_name, fakeStatus, state, canPrint) => {
    const fake = createFakeUsbPrinter(TM_T20III);
    fake.setStatus(fakeStatus);
    const status = await transportTo(fake).queryStatus();
    expect(status).toMatchObject({ state, canPrint });
    expect(fake.statusRequests).toBe(4);
    expect(fake.received()).toEqual(new Uint8Array());
    // Taken from usblp for the conversation and handed back afterwards.
    expect(fake.claimed).toBe(false);
    expect(fake.kernelDriverActive).toBe(true);
  });

  it('skips stray bytes and automatic status back blocks before the answers', async () => {
    const fake = createFakeUsbPrinter(TM_T20III);
    fake.pushIn(Uint8Array.of(0x00, 0xff));
    fake.pushAsb();
    fake.setStatus({ coverOpen: true });
    expect(await transportTo(fake).queryStatus()).toMatchObject({ state: 'cover-open' });
  });

  it.each<[string, FakeUsbPrinterStatus, PrinterState]>([
    ['ready', {}, 'ok'],
    ['paper near end', { paperNearEnd: true }, 'paper-near-end'],
    ['paper out', { paperOut: true }, 'paper-out'],
    ['cover open', { coverOpen: true }, 'cover-open'],
    ['offline', { offline: true }, 'offline'],
  ])(
    'reads %s from the automatic status back of a printer that ignores DLE EOT',
    async (_n, fakeStatus, state) => {
      const fake = createFakeUsbPrinter({ ...TM_T20III, answersStatus: false });
      fake.setStatus(fakeStatus);
      fake.pushAsb();
      expect(await transportTo(fake, 100).queryStatus()).toMatchObject({ state });
    },
  );

  it('calls a present printer that never answers offline, after one wait, not four', async () => {
    const fake = createFakeUsbPrinter({ ...TM_T20III, answersStatus: false });
    const started = Date.now();
    const status = await transportTo(fake, 300).queryStatus();
    expect(status).toMatchObject({
      state: 'offline',
      canPrint: false,
      message: /no status answer within 300 ms/,
    });
    expect(Date.now() - started).toBeLessThan(900);
    expect(fake.statusRequests).toBe(1);
  });

  it('says unknown (and still prints) when the printer has no IN endpoint', async () => {
    const fake = createFakeUsbPrinter({ ...TM_T20III, withInEndpoint: false });
    const result = await createTicketPrinter(transportTo(fake)).print(ticket);
    expect(result).toMatchObject({ ok: true, status: { state: 'unknown', canPrint: true } });
    expect(printedNumber(fake.received())).toBe('A 042');
  });

  it('calls a missing printer offline', async () => {
    const fake = createFakeUsbPrinter(TM_T20III);
    fake.unplug();
    const transport = transportTo(fake);
    expect(await transport.queryStatus()).toMatchObject({
      state: 'offline',
      message: /No USB printer found/,
    });
    await expect(
      usbTransport({ usb: fake.module, vendorId: 0x04b8 }).send(Uint8Array.of(0x0a)),
    ).rejects.toThrow('USB printer 04b8 not found');
  });

  it('gives up on a stalled IN endpoint within the timeout and clears the halt for the next poll', async () => {
    const fake = createFakeUsbPrinter(TM_T20III);
    fake.stallNext('in');
    const started = Date.now();
    const status = await transportTo(fake, 300).queryStatus();
    expect(status).toMatchObject({
      state: 'offline',
      message: /status read stalled \(LIBUSB_TRANSFER_STALL\)/,
    });
    expect(Date.now() - started).toBeLessThan(600);
    expect(await transportTo(fake).queryStatus()).toMatchObject({ state: 'ok' });
  });
});

describe('usbTransport printing', () => {
  it('prints the ticket bytes exactly, after the status check', async () => {
    const fake = createFakeUsbPrinter(TM_T20III);
    const result = await createTicketPrinter(transportTo(fake)).print(ticket);
    expect(result).toMatchObject({ ok: true, status: { state: 'ok' } });
    expect(fake.received()).toEqual(Uint8Array.from(ticketBytes(ticket)));
    expect(printedNumber(fake.received())).toBe('A 042');
    expect(fake.claimed).toBe(false);
    expect(fake.kernelDriverActive).toBe(true);
  });

  it('refuses with paper-out and sends nothing', async () => {
    const fake = createFakeUsbPrinter(TM_T20III);
    fake.setStatus({ paperOut: true });
    const result = await createTicketPrinter(transportTo(fake)).print(ticket);
    expect(result).toMatchObject({ ok: false, reason: 'paper-out', status: { state: 'paper-out' } });
    expect(fake.received()).toEqual(new Uint8Array());
  });

  it('rejects a send when the cable is pulled mid-ticket, is offline then, and prints again once replugged', async () => {
    const fake = createFakeUsbPrinter(TM_T20III);
    const transport = transportTo(fake);
    fake.unplugDuringNextWrite();
    await expect(transport.send(ticketBytes(ticket))).rejects.toThrow(
      /^USB printer Epson TM-T20III \(printer class\), 04b8:0e28 was disconnected \(LIBUSB_TRANSFER_NO_DEVICE/,
    );
    expect(await transport.queryStatus()).toMatchObject({ state: 'offline', canPrint: false });

    fake.plug();
    const partial = fake.received().length;
    expect(await createTicketPrinter(transport).print(ticket)).toMatchObject({ ok: true });
    expect(printedNumber(fake.received().subarray(partial))).toBe('A 042');
  });

  it('rejects a write on a stalled OUT endpoint with a clear error, then prints again', async () => {
    const fake = createFakeUsbPrinter(TM_T20III);
    const transport = transportTo(fake);
    fake.stallNext('out');
    await expect(transport.send(ticketBytes(ticket))).rejects.toThrow(
      /write \(0 of \d+ bytes sent\) stalled \(LIBUSB_TRANSFER_STALL\)/,
    );
    await transport.send(ticketBytes(ticket));
    expect(fake.received()).toEqual(Uint8Array.from(ticketBytes(ticket)));
  });

  it('rejects a write the printer stops taking once the timeout is over, and is offline meanwhile', async () => {
    const fake = createFakeUsbPrinter(TM_T20III);
    const transport = usbTransport({ usb: fake.module, timeoutMs: 300, statusTimeoutMs: 200 });
    fake.fillBuffer();
    const started = Date.now();
    await expect(transport.send(ticketBytes(ticket))).rejects.toThrow(
      /write \(0 of \d+ bytes sent\) not finished within 300 ms \(LIBUSB_TRANSFER_TIMED_OUT\)/,
    );
    expect(Date.now() - started).toBeLessThan(900);
    expect(await transport.queryStatus()).toMatchObject({ state: 'offline', message: /within 200 ms/ });
    fake.fillBuffer(false);
    await transport.send(ticketBytes(ticket));
    expect(printedNumber(fake.received())).toBe('A 042');
  });
});

describe('usbTransport device choice', () => {
  const keyboard = () => createFakeUsbPrinter({ vendorId: 0x046d, productId: 0xc31c, interfaceClass: 3 });
  const unlisted = () => createFakeUsbPrinter({ vendorId: 0x1fc9, productId: 0x2016 });

  it('takes a listed model before an unlisted printer-class device, never the keyboard', async () => {
    const [first, other, epson] = [keyboard(), unlisted(), createFakeUsbPrinter(TM_T20III)];
    await usbTransport({ usb: fakeUsbBus(first, other, epson) }).send(ticketBytes(ticket));
    expect(printedNumber(epson.received())).toBe('A 042');
    expect([first.received().length, other.received().length]).toEqual([0, 0]);
  });

  it("finds an Epson in vendor class by its id, where the printer-class fallback can't", async () => {
    const epson = createFakeUsbPrinter({ vendorId: 0x04b8, productId: 0x0202, interfaceClass: 0xff });
    const transport = usbTransport({ usb: fakeUsbBus(keyboard(), epson) });
    expect(await transport.queryStatus()).toMatchObject({ state: 'ok' });
    expect(epson.statusRequests).toBe(4);
  });

  it("takes a maker's printer for usb:VID, not another device of that maker", async () => {
    const scanner = createFakeUsbPrinter({ vendorId: 0x04b8, productId: 0x013a, interfaceClass: 0xff });
    const epson = createFakeUsbPrinter({ vendorId: 0x04b8, productId: 0x0202, interfaceClass: 0xff });
    await usbTransport({ usb: fakeUsbBus(scanner, epson), vendorId: 0x04b8 }).send(ticketBytes(ticket));
    expect(printedNumber(epson.received())).toBe('A 042');
    epson.unplug();
    await expect(
      usbTransport({ usb: fakeUsbBus(scanner, epson), vendorId: 0x04b8 }).send(ticketBytes(ticket)),
    ).rejects.toThrow('USB printer 04b8 not found');
    expect(scanner.received().length).toBe(0);
  });

  it('falls back to the first printer-class device', async () => {
    const [first, other] = [keyboard(), unlisted()];
    await usbTransport({ usb: fakeUsbBus(first, other) }).send(ticketBytes(ticket));
    expect(printedNumber(other.received())).toBe('A 042');
    expect(first.received().length).toBe(0);
  });

  it('takes the device named by vendor and product id', async () => {
    const [other, epson] = [unlisted(), createFakeUsbPrinter(TM_T20III)];
    const transport = usbTransport({ usb: fakeUsbBus(epson, other), vendorId: 0x1fc9, productId: 0x2016 });
    expect(transport.name).toBe('usb:1fc9:2016');
    await transport.send(ticketBytes(ticket));
    expect(printedNumber(other.received())).toBe('A 042');
    expect(epson.received().length).toBe(0);
  });

  it('is what a configured selection opens, with the usb module handed through', async () => {
    const epson = createFakeUsbPrinter(TM_T20III);
    epson.setStatus({ coverOpen: true });
    const transport = openTransport({ kind: 'usb', ...TM_T20III }, { usb: fakeUsbBus(epson) });
    expect(transport.name).toBe('usb:04b8:0e28');
    expect(await transport.queryStatus()).toMatchObject({ state: 'cover-open' });
  });
});
