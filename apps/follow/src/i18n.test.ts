import { describe, expect, it } from 'vitest';
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
    expect(de('leaveNote')).toBe(
      'Sie können den Wartebereich verlassen – wir sagen Ihnen hier rechtzeitig Bescheid.',
    );
    expect(de('comeBack')).toBe('Bitte kommen Sie jetzt zurück');
    expect(en('comeBack')).toBe('Please come back now');
    expect(de('yourNumber')).toBe('Ihre Nummer');
  });
});
