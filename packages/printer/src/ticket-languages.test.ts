import { describe, expect, it } from 'vitest';
import { CP857, CP866, printsIn, toCodePageText } from './code-pages.ts';
import { decodeEscPos } from './decode.ts';
import { ticketBytes } from './layout.ts';
import type { TicketPrint } from './layout.ts';

const base: TicketPrint = {
  officeName: 'Bürgerbüro Musterstadt',
  number: { letter: 'M', number: 7 },
  errandName: 'Meldeangelegenheiten',
  drawnAt: Date.UTC(2026, 10, 26, 8, 14),
  timeZone: 'Europe/Berlin',
  ahead: 2,
  estimate: { minMinutes: 10, maxMinutes: 20 },
  followUrl: 'http://localhost:8080/t/Vb3kQ9xZr2LmT7wPq1sYdA',
};

const lines = (ticket: TicketPrint): string[] =>
  decodeEscPos(ticketBytes(ticket))
    .lines.map((line) => line.text)
    .filter((text) => text !== '');

/** The ESC t selections in the byte stream, in order. */
const tables = (bytes: Uint8Array): number[] => {
  const found: number[] = [];
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0x1b && bytes[i + 1] === 0x74) found.push(bytes[i + 2] ?? -1);
  }
  return found;
};

describe('a ticket in the visitor’s language', () => {
  it('prints Turkish in CP857 with ğ ş ı İ intact', () => {
    const ticket: TicketPrint = {
      ...base,
      localized: {
        language: 'tr',
        errandName: 'Adres kaydı – İkamet',
        advice: 'Lütfen kimliğinizi hazır bulundurun.',
      },
    };
    const bytes = ticketBytes(ticket);
    expect(tables(bytes)[0]).toBe(13);
    const text = lines(ticket);
    expect(text).toContain('Numaranız');
    expect(text).toContain('Adres kaydı - İkamet');
    expect(text).toContain('Önünüzde: 2');
    expect(text).toContain('Tahmini bekleme süresi: yaklaşık 10-20 dakika');
    expect(text).toContain('Lütfen kimliğinizi hazır bulundurun.');
    expect(text.join('\n')).not.toContain('?');
  });

  it('prints Ukrainian in CP866, the German office name in CP858 on its own line', () => {
    const ticket: TicketPrint = {
      ...base,
      localized: { language: 'uk', errandName: 'Реєстрація місця проживання' },
    };
    const bytes = ticketBytes(ticket);
    expect(tables(bytes).slice(0, 3)).toEqual([17, 19, 17]);
    const text = lines(ticket);
    expect(text[0]).toBe('Bürgerbüro Musterstadt');
    expect(text).toContain('Ваш номер');
    // CP866 has є and ї but no і: the identical-looking Latin i stands in.
    expect(text).toContain('Реєстрацiя мiсця проживання');
    expect(text).toContain('Перед Вами: 2');
    expect(text.join('\n')).not.toContain('?');
  });

  it('prints the German ticket for Arabic, and for a text the code page cannot hold', () => {
    const arabic = lines({ ...base, localized: { language: 'ar', errandName: 'تسجيل السكن' } });
    expect(arabic).toContain('Ihre Nummer');
    expect(arabic).toContain('Meldeangelegenheiten');
    const greekInTurkish = lines({ ...base, localized: { language: 'tr', errandName: 'Ωmega' } });
    expect(greekInTurkish).toContain('Ihre Nummer');
    expect(greekInTurkish).toContain('Meldeangelegenheiten');
  });

  it('prints English in CP858 like German', () => {
    const english = {
      ...base,
      localized: { language: 'en' as const, errandName: 'Registration of address' },
    };
    expect(tables(ticketBytes(english))[0]).toBe(19);
    expect(lines(english)).toContain('Ahead of you: 2');
  });

  it('knows which letters each page holds', () => {
    expect(printsIn('ğşıİĞŞ', CP857)).toBe(true);
    expect(printsIn('ß', CP857)).toBe(true);
    expect(printsIn('Їжак', CP866)).toBe(true);
    expect(printsIn('€', CP857)).toBe(false);
    expect(toCodePageText('Ґанок', CP866)).toBe('Ганок');
  });
});
