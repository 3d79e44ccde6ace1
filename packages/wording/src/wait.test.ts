import { describe, expect, it } from 'vitest';
import { languages } from './languages.ts';
import { formatWait } from './wait.ts';

const wait = (minMinutes: number, maxMinutes: number) => ({ minMinutes, maxMinutes });

describe('formatWait', () => {
  it('says a wait one way in German, with an en dash between minutes', () => {
    expect(formatWait(wait(20, 30), 'de')).toBe('ca. 20–30 Minuten');
    expect(formatWait(wait(0, 15), 'de')).toBe('unter 15 Minuten');
    expect(formatWait(wait(45, 70), 'de')).toBe('ca. 45–70 Minuten');
    expect(formatWait(wait(60, 90), 'de')).toBe('ca. 1–1,5 Stunden');
    expect(formatWait(wait(75, 110), 'de')).toBe('ca. 1–2 Stunden');
    expect(formatWait(wait(0, 70), 'de')).toBe('unter 1,5 Stunden');
    expect(formatWait(wait(95, 130), 'de')).toBe('über 1,5 Stunden');
    expect(formatWait(wait(65, 125), 'de')).toBe('über 1 Stunde');
    expect(formatWait(wait(40, 130), 'de')).toBe('über 40 Minuten');
    expect(formatWait(wait(120, 160), 'de')).toBe('über 2 Stunden');
    expect(formatWait(wait(200, 260), 'de')).toBe('über 2 Stunden');
  });

  it('says it in English', () => {
    expect(formatWait(wait(20, 30), 'en')).toBe('about 20–30 minutes');
    expect(formatWait(wait(0, 5), 'en')).toBe('under 5 minutes');
    expect(formatWait(wait(60, 90), 'en')).toBe('about 1–1.5 hours');
    expect(formatWait(wait(150, 180), 'en')).toBe('over 2 hours');
  });

  it('says it in Turkish', () => {
    expect(formatWait(wait(20, 30), 'tr')).toBe('yaklaşık 20–30 dakika');
    expect(formatWait(wait(0, 10), 'tr')).toBe('10 dakikadan az');
    expect(formatWait(wait(60, 90), 'tr')).toBe('yaklaşık 1–1,5 saat');
    expect(formatWait(wait(130, 150), 'tr')).toBe('2 saatten fazla');
  });

  it('says it in Arabic, with the noun a count needs', () => {
    expect(formatWait(wait(20, 30), 'ar')).toBe('حوالي 20–30 دقيقة');
    expect(formatWait(wait(0, 5), 'ar')).toBe('أقل من 5 دقائق');
    expect(formatWait(wait(0, 10), 'ar')).toBe('أقل من 10 دقائق');
    expect(formatWait(wait(0, 15), 'ar')).toBe('أقل من 15 دقيقة');
    expect(formatWait(wait(60, 90), 'ar')).toBe('حوالي 1–1.5 ساعة');
    expect(formatWait(wait(120, 180), 'ar')).toBe('أكثر من ساعتين');
  });

  it('says it in Ukrainian', () => {
    expect(formatWait(wait(20, 30), 'uk')).toBe('близько 20–30 хвилин');
    expect(formatWait(wait(0, 15), 'uk')).toBe('менше 15 хвилин');
    expect(formatWait(wait(60, 90), 'uk')).toBe('близько 1–1,5 години');
    expect(formatWait(wait(125, 150), 'uk')).toBe('понад 2 години');
  });

  it('never promises a call at once, and never leaves a placeholder, in any language', () => {
    for (const language of languages) {
      for (let min = 0; min <= 240; min += 5) {
        for (const width of [5, 10, 25, 60]) {
          const text = formatWait(wait(min, min + width), language);
          expect(text).not.toMatch(/[{}]|\b0[–-]|\bNaN\b|undefined/);
        }
      }
    }
  });
});
