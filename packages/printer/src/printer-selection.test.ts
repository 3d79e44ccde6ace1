import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeEscPos } from './decode.ts';
import { ticketBytes } from './layout.ts';
import { openTransport, parsePrinterArg } from './printer-selection.ts';
import { previewTransport } from './preview-transport.ts';

describe('parsePrinterArg', () => {
  it.each([
    ['usb', { kind: 'usb' }],
    ['usb:04b8:0202', { kind: 'usb', vendorId: 0x04b8, productId: 0x0202 }],
    ['usb:04B8', { kind: 'usb', vendorId: 0x04b8 }],
    ['tcp://10.0.0.5:9100', { kind: 'tcp', host: '10.0.0.5', port: 9100 }],
    ['tcp://drucker-eingang', { kind: 'tcp', host: 'drucker-eingang', port: 9100 }],
    ['tcp://[::1]:9101', { kind: 'tcp', host: '::1', port: 9101 }],
    ['preview:/var/tmp/tickets', { kind: 'preview', dir: '/var/tmp/tickets' }],
  ])('reads %s', (text, selection) => {
    expect(parsePrinterArg(text)).toEqual(selection);
  });

  it.each([
    '',
    'lpt1',
    'usb:xyz',
    'usb:04b8:0202:1',
    'tcp://',
    'tcp://h:99999',
    'tcp://h:9100/x',
    'http://h',
    'preview:',
  ])('refuses %j with the forms it accepts', (text) => {
    expect(() => parsePrinterArg(text)).toThrow(
      /^Unknown printer .*use usb, usb:VID:PID .*tcp:\/\/HOST\[:PORT\] or preview:DIR/,
    );
  });

  it('opens the named transport', () => {
    expect(openTransport({ kind: 'tcp', host: '10.0.0.5' }).name).toBe('tcp://10.0.0.5:9100');
    expect(openTransport({ kind: 'usb', vendorId: 0x04b8, productId: 0x0202 }).name).toBe('usb:04b8:0202');
    expect(openTransport({ kind: 'preview', dir: '/tmp' }).name).toBe('preview');
    expect(() => openTransport({ kind: 'tcp', host: '' })).toThrow();
  });
});

describe('previewTransport', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('files each ticket by day and number, with an HTML rendering', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aufruf-preview-'));
    dirs.push(dir);
    const transport = previewTransport({ dir, now: () => new Date(2026, 10, 26, 9, 14).getTime() });
    expect(await transport.queryStatus()).toMatchObject({ state: 'ok', canPrint: true });
    const bytes = ticketBytes({
      officeName: 'Bürgerbüro Musterstadt',
      number: { letter: 'A', number: 42 },
      errandName: 'Führerschein',
      drawnAt: 0,
      timeZone: 'Europe/Berlin',
      ahead: 0,
      followUrl: 'http://localhost:8080/t/abc',
    });
    await transport.send(bytes);
    const files = transport.lastFiles();
    expect(files).toEqual({
      bin: join(dir, '2026-11-26', 'A-042.bin'),
      html: join(dir, '2026-11-26', 'A-042.html'),
    });
    expect(decodeEscPos(await readFile(files?.bin ?? '')).lines.map((l) => l.text)).toContain('Führerschein');
    expect(await readFile(files?.html ?? '', 'utf8')).toContain('<title>A 042</title>');
  });

  it('refuses bytes it cannot read, as the decoder does', async () => {
    await expect(previewTransport({ dir: tmpdir() }).send(Uint8Array.of(0x1b, 0x2d, 1))).rejects.toThrow(
      /Unknown ESC/,
    );
  });
});
