import { describe, expect, it } from 'vitest';
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

  it('says why a print failed, from the printer’s reason first, then its state', () => {
    const notPrinted = (state: 'ok' | 'paper-out' | 'offline', reason: string | null) =>
      ({ ok: true, value: { printed: false, state, reason } }) as const;
    expect(printFailure(notPrinted('paper-out', 'Kein Papier'))).toBe('paper-out');
    // The status was fine, then sending failed.
    expect(printFailure(notPrinted('ok', 'Drucker nicht erreichbar'))).toBe('offline');
    expect(printFailure(notPrinted('offline', null))).toBe('offline');
    expect(printFailure(notPrinted('ok', 'constructor'))).toBeNull();
    const refused = (code: string) => ({ ok: false, error: { code, message: 'x' } }) as const;
    expect(printFailure(refused('no-printer'))).toBe('no-printer');
    expect(printFailure(refused('unreachable'))).toBeNull();
  });

  it('has a plain sentence for every reason in every language', () => {
    const de = kioskTranslator('de');
    const en = kioskTranslator('en');
    expect(de(troubleText['paper-out'])).toBe('Der Drucker hat kein Papier mehr.');
    for (const key of Object.values(troubleText)) {
      expect(de(key)).toMatch(/\.$/);
      expect(en(key)).not.toBe(de(key));
    }
    expect(de('printerNotice')).toBe(
      'Ticketdruck gerade nicht möglich – Ihre Nummer erscheint auf dem Bildschirm.',
    );
  });
});
