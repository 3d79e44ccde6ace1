import { officeSettingsSchema, settingsPath } from '@aufruf/protocol';
import type { OfficeSettings } from '@aufruf/protocol';
import type { Language } from '@aufruf/ui';
import { z } from 'zod';

/** Messages by readable path ("errands[1].letter"), the same form the hub answers with. */
export type FieldErrors = ReadonlyMap<string, string>;

/** The hub names fields inside the request ("settings.errands[1]"); the form names them without it. */
export const withoutPrefix = (path: string): string => path.replace(/^settings\.?/, '');

// zod's own messages ("Too small: …") in the admin page's language; the schema's own sentences stay.
const LOCALES: Readonly<Record<Language, () => { localeError: z.core.$ZodErrorMap }>> = {
  de: z.locales.de,
  en: z.locales.en,
  tr: z.locales.tr,
  ar: z.locales.ar,
  uk: z.locales.uk,
};

/** Checks a setup in the browser first, with the very schema the hub uses. */
export function validate(settings: OfficeSettings, language: Language = 'de'): FieldErrors {
  const result = officeSettingsSchema.safeParse(settings, { error: LOCALES[language]().localeError });
  const errors = new Map<string, string>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = settingsPath(issue.path);
      if (!errors.has(path)) errors.set(path, issue.message);
    }
  }
  return errors;
}
