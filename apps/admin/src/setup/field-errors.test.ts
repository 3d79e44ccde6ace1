import { defaultCallingRules } from '@aufruf/core';
import type { OfficeSettings } from '@aufruf/protocol';
import { describe, expect, it } from 'vitest';
import { validate, withoutPrefix } from './field-errors.ts';

const settings: OfficeSettings = {
  name: 'Amt',
  errands: [{ id: 'a', letter: 'A', name: { de: 'A' } }],
  places: [{ id: 'p1', name: 'Platz 1' }],
  rules: defaultCallingRules,
  hours: null,
  texts: {},
  publicUrl: null,
};

describe('checking the setup in the browser', () => {
  it('names the field, in the admin page’s language', () => {
    const empty = { ...settings, name: '' };
    const de = validate(empty, 'de');
    expect([...de.keys()]).toEqual(['name']);
    expect(de.get('name')).toMatch(/Zu klein|zu kurz|mindestens/i);
    expect(validate(empty, 'en').get('name')).toMatch(/Too small/);
    expect(validate(settings).size).toBe(0);
  });

  it('reads the hub’s paths the same way', () => {
    expect(withoutPrefix('settings.errands[1].letter')).toBe('errands[1].letter');
  });
});
