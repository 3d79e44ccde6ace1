import { officeSettingsSchema } from '@aufruf/protocol';
import type { OfficeSettings } from '@aufruf/protocol';

/** Messages by readable path ("errands[1].letter"), the same form the hub answers with. */
export type FieldErrors = ReadonlyMap<string, string>;

export const pathOf = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');

/** The hub names fields inside the request ("settings.errands[1]"); the form names them without it. */
export const withoutPrefix = (path: string): string => path.replace(/^settings\.?/, '');

/** Checks a setup in the browser first, with the very schema the hub uses. */
export function validate(settings: OfficeSettings): FieldErrors {
  const result = officeSettingsSchema.safeParse(settings);
  const errors = new Map<string, string>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = pathOf(issue.path);
      if (!errors.has(path)) errors.set(path, issue.message);
    }
  }
  return errors;
}
