import { describe, expect, it } from 'vitest';
import { commandErrorText } from './command-error.ts';
import { translatorFor } from './i18n.ts';

describe('a refused command, as the clerk reads it', () => {
  it('is in the counter’s language when the hub’s code is known', () => {
    const refusal = { code: 'queue-empty', message: 'Für Ihre Anliegen wartet gerade niemand.' };
    expect(commandErrorText(refusal, translatorFor('de'))).toBe(refusal.message);
    expect(commandErrorText(refusal, translatorFor('tr'))).toBe('Şu anda işlemleriniz için bekleyen yok.');
  });

  it('keeps the hub’s own sentence for anything unforeseen', () => {
    const odd = { code: 'rate-limited', message: 'Zu viele Anfragen.' };
    expect(commandErrorText(odd, translatorFor('en'))).toBe('Zu viele Anfragen.');
  });
});
