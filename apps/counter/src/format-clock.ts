import { localeOf } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';

/**
 * Time of day to the second, "10:27:40": a moment a few seconds ahead must not read as one already
 * reached, which "10:27" would at 10:27:10.
 */
export const formatClockSeconds = (epochMs: number, timeZone: string, language: Language): string =>
  new Intl.DateTimeFormat(localeOf(language), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(epochMs);
