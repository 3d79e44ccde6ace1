import { describe, expect, it } from 'vitest';
import { estimateText } from './estimate-text.ts';
import { pickLanguage, translator } from './i18n.ts';

describe('the follow page’s language', () => {
  it('speaks the phone’s language where it has it and English otherwise, unless the visitor chose', () => {
    expect(pickLanguage(null, 'de-DE')).toBe('de');
    expect(pickLanguage(null, 'de')).toBe('de');
    expect(pickLanguage(null, 'DE-at')).toBe('de');
    expect(pickLanguage(null, 'en-US')).toBe('en');
    expect(pickLanguage(null, 'tr-TR')).toBe('tr');
    expect(pickLanguage(null, 'ar-SY')).toBe('ar');
    expect(pickLanguage(null, 'uk-UA')).toBe('uk');
    expect(pickLanguage(null, 'fr-FR')).toBe('en');
    expect(pickLanguage(null, undefined)).toBe('en');
    expect(pickLanguage('de', 'en-US')).toBe('de');
    expect(pickLanguage('en', 'de-DE')).toBe('en');
    expect(pickLanguage('fr', 'de-DE')).toBe('de');
  });

  it('uses the words of the design brief', () => {
    const de = translator('de');
    const en = translator('en');
    expect(de('ahead', { count: 3 })).toBe('Vor Ihnen: 3');
    expect(en('ahead', { count: 3 })).toBe('Ahead of you: 3');
    expect(de('comeBack')).toBe('Bitte kommen Sie jetzt zurück');
    expect(en('comeBack')).toBe('Please come back now');
    expect(de('yourNumber')).toBe('Ihre Nummer');
  });
});

describe('the estimated wait', () => {
  const de = translator('de');
  it('reads as a range of minutes', () => {
    expect(estimateText({ minMinutes: 20, maxMinutes: 30, expectedMinutes: 25 }, de)).toBe(
      'ca. 20–30 Minuten',
    );
    expect(estimateText({ minMinutes: 20, maxMinutes: 30, expectedMinutes: 25 }, translator('en'))).toBe(
      'about 20–30 minutes',
    );
  });

  it('says "up to" for a range from zero and one figure for an empty range', () => {
    expect(estimateText({ minMinutes: 0, maxMinutes: 5, expectedMinutes: 2 }, de)).toBe('bis ca. 5 Minuten');
    expect(estimateText({ minMinutes: 10, maxMinutes: 10, expectedMinutes: 10 }, de)).toBe('ca. 10 Minuten');
  });
});
