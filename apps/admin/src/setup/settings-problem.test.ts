import { defaultCallingRules } from '@aufruf/core';
import { apiErrorCodes } from '@aufruf/protocol';
import type { OfficeSettings } from '@aufruf/protocol';
import { describe, expect, it } from 'vitest';
import { apiErrorKeys } from '../api-error.ts';
import { translatorFor } from '../i18n.ts';
import type { SaveProblem } from './settings-api.ts';
import { settingsProblemText } from './settings-problem.ts';

const saved: OfficeSettings = {
  name: 'Bürgerbüro',
  errands: [{ id: 'ausweis', letter: 'A', name: { de: 'Personalausweis', en: 'Identity card' } }],
  places: [{ id: 'platz-1', name: 'Platz 1' }],
  rules: defaultCallingRules,
  hours: null,
  texts: {},
  publicUrl: null,
};

const inUse = (detail: SaveProblem['detail']): SaveProblem => ({
  status: 400,
  code: 'settings-in-use',
  issues: [],
  detail,
});

describe('a refused save, as the office head reads it', () => {
  it('names the place or errand in use as the page shows it, in the page’s language', () => {
    const de = translatorFor('de');
    const en = translatorFor('en');
    expect(settingsProblemText(inUse({ kind: 'place-serving', placeId: 'platz-1' }), saved, de, 'de')).toBe(
      '„Platz 1“ bedient gerade eine Nummer und kann erst danach entfernt werden.',
    );
    const awaited = inUse({ kind: 'place-awaited', placeId: 'platz-1', ticket: { letter: 'A', number: 7 } });
    expect(settingsProblemText(awaited, saved, de, 'de')).toBe(
      // Ticket numbers read "A 17" with a thin space, as everywhere on screen.
      'Nummer A\u20097 wartet auf „Platz 1“; der Platz kann erst danach entfernt werden.',
    );
    const errand = inUse({ kind: 'errand-waiting', errandId: 'ausweis' });
    expect(settingsProblemText(errand, saved, en, 'en')).toMatch(
      /^Numbers are still waiting for “Identity card”\./,
    );
  });

  it('words every other answer from its code alone', () => {
    const de = translatorFor('de');
    const conflict: SaveProblem = { status: 409, code: 'settings-conflict', issues: [], detail: null };
    expect(settingsProblemText(conflict, saved, de, 'de')).toBe(de('setupConflict'));
    expect(settingsProblemText(inUse(null), saved, de, 'de')).toBe(
      'Die Einrichtung passt nicht zur laufenden Warteschlange und wurde nicht gespeichert.',
    );
  });

  it('has words for every API error code in every language', () => {
    for (const language of ['de', 'en', 'tr', 'ar', 'uk'] as const) {
      const t = translatorFor(language);
      for (const code of apiErrorCodes) expect(t(apiErrorKeys[code]), `${language} ${code}`).not.toBe('');
    }
  });
});
