import { defaultCallingRules } from '@aufruf/core';
import type { OfficeSettings } from '@aufruf/protocol';
import { describe, expect, it } from 'vitest';
import { diffSettings } from './settings-diff.ts';

const base: OfficeSettings = {
  name: 'Bürgerbüro',
  errands: [
    { id: 'ausweis', letter: 'A', name: { de: 'Ausweis' } },
    { id: 'melde', letter: 'M', name: { de: 'Melde' } },
  ],
  places: [{ id: 'p1', name: 'Platz 1' }],
  rules: defaultCallingRules,
  hours: null,
  texts: {},
  publicUrl: null,
};

describe('settings diff for the audit log', () => {
  it('names each changed field by errand id, not by position', () => {
    const after: OfficeSettings = {
      ...base,
      errands: [
        { id: 'melde', letter: 'M', name: { de: 'Melde' } },
        { id: 'ausweis', letter: 'A', name: { de: 'Ausweis', en: 'ID card' }, active: false },
      ],
      places: [...base.places, { id: 'p2', name: 'Platz 2' }],
      rules: { ...defaultCallingRules, maxRecalls: 1 },
    };
    expect(diffSettings(base, after)).toEqual([
      { path: 'errands[ausweis].name.en', before: null, after: '"ID card"' },
      { path: 'errands[ausweis].active', before: null, after: 'false' },
      { path: 'errands order', before: '["ausweis","melde"]', after: '["melde","ausweis"]' },
      { path: 'places[p2]', before: null, after: '{"id":"p2","name":"Platz 2"}' },
      { path: 'rules.maxRecalls', before: '3', after: '1' },
    ]);
  });

  it('lists nothing for an unchanged setup and a removed errand as gone', () => {
    expect(diffSettings(base, base)).toEqual([]);
    const removed = diffSettings(base, {
      ...base,
      errands: [base.errands[0] as OfficeSettings['errands'][number]],
    });
    expect(removed[0]).toEqual({
      path: 'errands[melde]',
      before: '{"id":"melde","letter":"M","name":{"de":"Melde"}}',
      after: null,
    });
  });
});
