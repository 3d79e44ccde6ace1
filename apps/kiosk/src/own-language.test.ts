import { describe, expect, it } from 'vitest';
import { languageOf } from './own-language.ts';

describe('languageOf', () => {
  it('is the visitor’s language where the office translated the text, German otherwise', () => {
    const name = { de: 'Gewerbe', tr: 'İşletme kaydı' };
    expect(languageOf(name, 'tr')).toBe('tr');
    expect(languageOf(name, 'ar')).toBe('de');
    expect(languageOf(undefined, 'uk')).toBe('de');
  });
});
