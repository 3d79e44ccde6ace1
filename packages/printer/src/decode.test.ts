import { describe, expect, it } from 'vitest';
import { decodeEscPos } from './decode.ts';
import { ticketBytes } from './layout.ts';
import { renderTicketHtml } from './render-html.ts';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('decodeEscPos', () => {
  it('rejects a command it does not know', () => {
    // ESC - 1 (underline) is valid ESC/POS, but not part of the ticket layout.
    expect(() => decodeEscPos(bytes(0x1b, 0x40, 0x1b, 0x2d, 0x01, 0x41, 0x0a))).toThrow(
      /Unknown ESC command at byte 2: 1b 2d 01 41/,
    );
    expect(() => decodeEscPos(bytes(0x1d, 0x76, 0x30, 0x00))).toThrow(/Unknown GS command/);
    expect(() => decodeEscPos(bytes(0x41, 0x0d, 0x0a))).toThrow(/Unknown control byte/);
  });

  it('rejects truncated commands and high bytes under a table it cannot read', () => {
    expect(() => decodeEscPos(bytes(0x1d, 0x21))).toThrow(/Truncated/);
    expect(() => decodeEscPos(bytes(0x81, 0x0a))).toThrow(/unsupported code page 0/);
  });

  it('applies size, bold, alignment and ESC d feeds per line', () => {
    const decoded = decodeEscPos(
      bytes(
        0x1b,
        0x74,
        19,
        0x1b,
        0x61,
        2,
        0x1d,
        0x21,
        0x21,
        0x1b,
        0x45,
        1,
        0x81,
        0x1b,
        0x64,
        2,
        0x1d,
        0x56,
        0x00,
      ),
    );
    expect(decoded.lines).toEqual([
      { kind: 'text', text: 'ü', width: 3, height: 2, bold: true, align: 'right', codePage: 19 },
      { kind: 'text', text: '', width: 3, height: 2, bold: true, align: 'right', codePage: 19 },
    ]);
    expect(decoded.cut).toBe('full');
  });
});

describe('renderTicketHtml', () => {
  const html = renderTicketHtml(
    decodeEscPos(
      ticketBytes({
        officeName: 'Bürgerbüro <Mitte>',
        number: { letter: 'A', number: 42 },
        errandName: 'Führerschein',
        drawnAt: 0,
        timeZone: 'Europe/Berlin',
        ahead: 3,
        followUrl: 'http://localhost:8080/t/abc',
      }),
    ),
  );

  it('shows the ticket on 80 mm paper with sizes applied and the QR target', () => {
    expect(html).toContain('width: 80mm');
    expect(html).toContain('Bürgerbüro &#60;Mitte&#62;');
    expect(html).toMatch(/font-size:10\.00mm[^>]*font-weight:bold">A 042</);
    expect(html).toContain('<a href="http://localhost:8080/t/abc">');
    expect(html).toContain('Teilschnitt');
  });
});
