import { languageFromUrl } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import type { CsvFormat } from './admin-api.ts';

// Harmless choices of this browser; the admin key itself is never kept here.
const LANGUAGE_KEY = 'aufruf.admin.language';
const CSV_KEY = 'aufruf.admin.csv-format';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not remembered; the choice still holds for this page.
  }
}

/** `?lang=` in the address first, then this browser's last choice, else German. */
export const initialLanguage = (): Language => languageFromUrl(read(LANGUAGE_KEY));
export const rememberLanguage = (language: Language): void => write(LANGUAGE_KEY, language);

export const initialCsvFormat = (): CsvFormat => (read(CSV_KEY) === 'standard' ? 'standard' : 'excel');
export const rememberCsvFormat = (format: CsvFormat): void => write(CSV_KEY, format);
