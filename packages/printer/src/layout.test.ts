import { describe, expect, it } from 'vitest';
import { decodeEscPos, ticketNumberLine } from './decode.ts';
import { CP858_HIGH } from './cp858.ts';
import { ticketBytes, ticketPrintSchema } from './layout.ts';
import type { TicketPrint } from './layout.ts';

const ticket: TicketPrint = {
  officeName: 'Bürgerbüro Musterstadt',
  number: { letter: 'A', number: 42 },
  errandName: 'Führerschein',
  drawnAt: Date.UTC(2026, 10, 26, 8, 14), // 09:14 in Berlin
  timeZone: 'Europe/Berlin',
  ahead: 3,
  estimate: { minMinutes: 20, maxMinutes: 30 },
  followUrl: 'http://localhost:8080/t/Vb3kQ9xZr2LmT7wPq1sYdA',
  advice: 'Straße 1 · Gebühr 10 €',
};

const texts = (bytes: Uint8Array): string[] => decodeEscPos(bytes).lines.map((line) => line.text);

describe('ticketBytes', () => {
  const bytes = ticketBytes(ticket);
  const decoded = decodeEscPos(bytes);

  it('prints the number as large as the paper allows, padded', () => {
    const number = ticketNumberLine(decoded);
    expect(number?.text).toBe('A 042');
    expect(number?.width).toBeGreaterThanOrEqual(2);
    expect(number?.height).toBeGreaterThanOrEqual(2);
    expect(number?.bold).toBe(true);
  });

  it('reads top to bottom like the ticket a visitor takes', () => {
    const lines = texts(bytes).filter((text) => text !== '');
    expect(lines).toEqual([
      'Bürgerbüro Musterstadt',
      'Ihre Nummer',
      'A 042',
      'Führerschein',
      '26.11.2026, 09:14',
      'Vor Ihnen: 3',
      'Geschätzte Wartezeit: ca. 20-30 Minuten',
      'Straße 1 · Gebühr 10 €',
    ]);
    expect(decoded.lines[0]).toMatchObject({ bold: true, align: 'center' });
  });

  it('sends umlauts, ß and € as CP858 bytes after selecting table 19', () => {
    expect(Buffer.from(bytes).subarray(0, 5)).toEqual(Buffer.from([0x1b, 0x40, 0x1b, 0x74, 19]));
    expect(decoded.lines.every((line) => line.codePage === 19)).toBe(true);
    const raw = Buffer.from(bytes);
    expect(raw.includes(Buffer.from([0x46, 0x81, 0x68]))).toBe(true); // "Füh"
    expect(raw.includes(Buffer.from([0x61, 0xe1, 0x65]))).toBe(true); // "aße"
    expect(raw.includes(0xd5)).toBe(true); // €
    expect(raw.includes(Buffer.from('ü', 'utf8'))).toBe(false);
  });

  it('prints every character of the code page as the same character', () => {
    const all = decodeEscPos(ticketBytes({ ...ticket, errandName: CP858_HIGH.replace('\u00ad', '') }));
    expect(all.lines.map((line) => line.text)).toContain(CP858_HIGH.replace('\u00ad', ''));
  });

  it('stores exactly the follow URL in a native QR code, then cuts', () => {
    expect(decoded.qrCodes).toEqual([
      { kind: 'qr', data: ticket.followUrl, model: 2, moduleSize: 6, errorLevel: 'M', align: 'center' },
    ]);
    expect(decoded.cut).toBe('partial');
    expect(Buffer.from(bytes).subarray(-3)).toEqual(Buffer.from([0x1d, 0x56, 0x01]));
  });

  it('leaves the estimate out when there is none, and uses the default advice', () => {
    const lines = texts(ticketBytes({ ...ticket, estimate: null, advice: undefined }));
    expect(lines.some((text) => text.includes('Wartezeit'))).toBe(false);
    expect(lines).toContain('Sie können den Warteraum verlassen - verfolgen Sie Ihre Nummer per QR-Code.');
  });

  it('speaks the visitor’s language, e.g. English', () => {
    const lines = texts(
      ticketBytes({ ...ticket, localized: { language: 'en', errandName: 'Driving licence' } }),
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'Your number',
        'Driving licence',
        'Ahead of you: 3',
        '26/11/2026, 09:14',
        'Estimated wait: about 20-30 minutes',
      ]),
    );
  });

  it('prints characters the code page lacks as look-alikes, never as stray bytes', () => {
    const lines = texts(ticketBytes({ ...ticket, errandName: 'Ausweis\n„Express“ → 20 %' }));
    expect(lines).toContain('Ausweis "Express" -> 20 %');
  });

  it('is validated at process boundaries', () => {
    expect(ticketPrintSchema.safeParse(ticket).success).toBe(true);
    expect(ticketPrintSchema.safeParse({ ...ticket, timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(ticketPrintSchema.safeParse({ ...ticket, followUrl: 'not a url' }).success).toBe(false);
  });
});
