import { describe, expect, it } from 'vitest';
import { formatMinutesFigure } from './format.ts';
import { translatorFor } from './i18n.ts';

const figure = (minutes: number, language: Parameters<typeof translatorFor>[0]): string =>
  formatMinutesFigure(minutes, language, translatorFor(language));

describe('duration figures of the statistics', () => {
  it('shows a figure under a minute in seconds, in every language', () => {
    expect(figure(0.75, 'de')).toBe('45 s');
    expect(figure(0.75, 'en')).toBe('45 s');
    expect(figure(0.75, 'tr')).toBe('45 sn.');
    expect(figure(0.75, 'uk')).toBe('45 с');
    expect(figure(0.75, 'ar')).toBe('45 ث');
  });

  it("shows a minute and more in minutes with one decimal, in the language's decimal mark", () => {
    expect(figure(4.5, 'de')).toBe('4,5 Min.');
    expect(figure(4.5, 'en')).toBe('4.5 min');
    expect(figure(1, 'tr')).toBe('1 dk.');
    expect(figure(12, 'uk')).toBe('12 хв');
  });

  it('never shows "60 s": a figure that rounds to a full minute reads in minutes', () => {
    expect(figure(0.999, 'de')).toBe('1 Min.');
    expect(figure(0.1, 'de')).toBe('6 s');
    expect(figure(0, 'de')).toBe('0 s');
  });
});
