import { refusalCodes } from '@aufruf/protocol';
import { describe, expect, it } from 'vitest';
import { commandErrorKey, commandErrorText } from './command-error.ts';
import { translatorFor } from './i18n.ts';

describe('a refused command, as the clerk reads it', () => {
  it('is in the counter’s language, from the hub’s code alone', () => {
    const refusal = { code: 'queue-empty' } as const;
    expect(commandErrorText(refusal, translatorFor('de'))).toBe('Für Ihre Anliegen wartet gerade niemand.');
    expect(commandErrorText(refusal, translatorFor('tr'))).toBe('Şu anda işlemleriniz için bekleyen yok.');
  });

  it('never shows the hub’s developer text', () => {
    const limited = { code: 'rate-limited', message: 'Too many numbers from this kiosk.' } as const;
    expect(commandErrorText(limited, translatorFor('en'))).toBe(
      'Too many requests in a short time. Please wait a moment.',
    );
    const elsewhere = {
      code: 'wrong-place',
      message: 'This counter is set up for place "platz-2".',
    } as const;
    expect(commandErrorText(elsewhere, translatorFor('de'))).toBe(
      'Dieser Computer ist für einen anderen Platz eingerichtet.',
    );
  });

  it('has words for every code in every language', () => {
    for (const language of ['de', 'en', 'tr', 'ar', 'uk'] as const) {
      const t = translatorFor(language);
      for (const code of refusalCodes) expect(t(commandErrorKey[code]), `${language} ${code}`).not.toBe('');
    }
  });
});
