import { printerFaults, refusalCodes } from '@aufruf/protocol';
import type { PrinterFault, PrinterState, RefusalCode } from '@aufruf/protocol';
import { describe, expect, it } from 'vitest';
import { drawRefusalText } from './draw-refusal.ts';
import { kioskTranslator } from './i18n.ts';
import { printFailure, printerTrouble, troubleText } from './printer-trouble.ts';

describe('printer trouble as a visitor hears of it', () => {
  it('only a printer that cannot print is trouble; "paper near end" is for staff', () => {
    expect(printerTrouble(null)).toBeNull();
    expect(printerTrouble({ state: 'ok', canPrint: true })).toBeNull();
    expect(printerTrouble({ state: 'paper-near-end', canPrint: true })).toBeNull();
    expect(printerTrouble({ state: 'unknown', canPrint: true })).toBeNull();
    expect(printerTrouble({ state: 'paper-out', canPrint: false })).toBe('paper-out');
    expect(printerTrouble({ state: 'cover-open', canPrint: false })).toBe('cover-open');
    expect(printerTrouble({ state: 'offline', canPrint: false })).toBe('offline');
    expect(printerTrouble({ state: 'error', canPrint: false })).toBe('error');
    expect(printerTrouble({ state: 'unknown', canPrint: false })).toBe('error');
  });

  it('says why a print failed, from the printer’s code first, then its state', () => {
    const notPrinted = (state: PrinterState, reason: PrinterFault | null) =>
      ({ ok: true, value: { printed: false, state, reason } }) as const;
    expect(printFailure(notPrinted('paper-out', 'paper-out'))).toBe('paper-out');
    // The status was fine, then sending failed.
    expect(printFailure(notPrinted('ok', 'offline'))).toBe('offline');
    expect(printFailure(notPrinted('cover-open', null))).toBe('cover-open');
    expect(printFailure(notPrinted('ok', null))).toBeNull();
    const refused = (code: RefusalCode) => ({ ok: false, error: { code } }) as const;
    expect(printFailure(refused('no-printer'))).toBe('no-printer');
    expect(printFailure(refused('unreachable'))).toBeNull();
    expect(printFailure(refused('print-window'))).toBeNull();
  });

  it('has a plain sentence for every printer fault in every language', () => {
    const de = kioskTranslator('de');
    const en = kioskTranslator('en');
    expect(de(troubleText['paper-out'])).toBe('Der Drucker hat kein Papier mehr.');
    for (const fault of [...printerFaults, 'no-printer' as const]) {
      const key = troubleText[fault];
      expect(de(key)).toMatch(/\.$/);
      expect(en(key)).not.toBe(de(key));
    }
    expect(de('printerNotice')).toBe(
      'Ticketdruck gerade nicht möglich – Ihre Nummer erscheint auf dem Bildschirm.',
    );
  });
});

describe('a refused draw as a visitor reads it', () => {
  it('tells why in the visitor’s language, from the code alone', () => {
    const tr = kioskTranslator('tr');
    const key = drawRefusalText['office-closed'];
    expect(key && kioskTranslator('de')(key)).toBe('Zurzeit werden keine Nummern ausgegeben.');
    expect(key && tr(key)).toBe('Şu anda numara verilmiyor.');
    expect(drawRefusalText['rate-limited']).toBe('errorTooMany');
  });

  it('has an entry for every code, and words in every language for each one it names', () => {
    const translators = (['de', 'en', 'tr', 'ar', 'uk'] as const).map(kioskTranslator);
    for (const code of refusalCodes) {
      expect(drawRefusalText).toHaveProperty(code);
      const key = drawRefusalText[code];
      if (key) for (const t of translators) expect(t(key)).not.toBe('');
    }
  });
});
