import { defaultCallingRules } from '@aufruf/core';
import type { AuditEntry, OfficeSettings, SettingsChange } from '@aufruf/protocol';
import { languages } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { describe, expect, it } from 'vitest';
import { changeSentences, sentenceText, setupNames } from './change-sentences.ts';

const settings: OfficeSettings = {
  name: 'Bürgerbüro',
  errands: [
    { id: 'pass', letter: 'P', name: { de: 'Reisepass', en: 'Passports' } },
    { id: 'melde', letter: 'M', name: { de: 'Meldewesen' } },
  ],
  places: [
    { id: 'p1', name: 'Platz 1' },
    { id: 'p2', name: 'Platz 2', errandIds: ['melde'] },
  ],
  rules: defaultCallingRules,
  hours: null,
  texts: {},
  publicUrl: null,
};

const names = setupNames(settings, []);
const change = (path: string, before: unknown, after: unknown): SettingsChange => ({
  path,
  before: before === undefined ? null : JSON.stringify(before),
  after: after === undefined ? null : JSON.stringify(after),
});
const say = (c: SettingsChange, language: Language = 'de'): string[] =>
  changeSentences(c, names, language).map(sentenceText);

describe('the change log in sentences', () => {
  it('names the field and quotes the texts before and after', () => {
    expect(say(change('texts.ticker.de', 'Heute bis 12 Uhr', 'Heute bis 13 Uhr'))).toEqual([
      'Laufzeile (Deutsch): „Heute bis 12 Uhr“ → „Heute bis 13 Uhr“',
    ]);
    expect(say(change('name', 'Bürgerbüro', 'Bürgeramt'))).toEqual([
      'Name der Behörde: „Bürgerbüro“ → „Bürgeramt“',
    ]);
  });

  it('names the errand a field belongs to, and the language of a name', () => {
    expect(say(change('errands[pass].name.en', 'Passport', 'Passports'))).toEqual([
      'Reisepass – Name (Englisch): „Passport“ → „Passports“',
    ]);
    expect(say(change('errands[pass].name.en', 'Passport', 'Passports'), 'en')).toEqual([
      'Passports – Name (English): “Passport” → “Passports”',
    ]);
    expect(say(change('places[p2].name', 'Platz 2', 'Raum 2'))).toEqual([
      'Platz 2 – Name: „Platz 2“ → „Raum 2“',
    ]);
  });

  it('reads switches as an/aus, with the meaning of a switch left out', () => {
    expect(say(change('errands[melde].active', undefined, false))).toEqual([
      'Meldewesen – Am Kiosk angeboten: an → aus',
    ]);
    expect(say(change('errands[melde].priority', undefined, true))).toEqual([
      'Meldewesen – Vorrangnummer: aus → an',
    ]);
    expect(say(change('rules.appointmentsFirst', true, false))).toEqual([
      'Wartende mit Termin zuerst: an → aus',
    ]);
  });

  it('shows a colour as a swatch with its code, and the default colour by name', () => {
    const sentence = changeSentences(change('errands[pass].colour', undefined, '#D55E00'), names, 'de')[0];
    expect(sentence).toEqual([{ value: 'Reisepass' }, ' – Farbe: Standardfarbe → ', { colour: '#d55e00' }]);
    expect(say(change('errands[pass].colour', '#d55e00', undefined))).toEqual([
      'Reisepass – Farbe: #d55e00 → Standardfarbe',
    ]);
  });

  it('tells added and removed errands and places as sentences, not as JSON', () => {
    const wohngeld = { id: 'wohngeld', letter: 'W', name: { de: 'Wohngeld' }, active: true };
    expect(say(change('errands[wohngeld]', undefined, wohngeld))).toEqual([
      'Anliegen W „Wohngeld“ hinzugefügt',
    ]);
    expect(say(change('errands[wohngeld]', wohngeld, undefined), 'en')).toEqual([
      'Errand W “Wohngeld” removed',
    ]);
    expect(say(change('places[p5]', undefined, { id: 'p5', name: 'Platz 5' }))).toEqual([
      'Platz „Platz 5“ hinzugefügt',
    ]);
  });

  it('reads lists of errands and places in words', () => {
    expect(say(change('places[p1].errandIds', undefined, ['pass']))).toEqual([
      'Platz 1 – Bedient: alle Anliegen → P',
    ]);
    expect(say(change('errands order', ['pass', 'melde'], ['melde', 'pass']))).toEqual([
      'Reihenfolge der Anliegen: P, M → M, P',
    ]);
  });

  it('tells a text set for the first time against the screens’ default text', () => {
    expect(say(change('texts.ticker', undefined, { de: 'Heute bis 12 Uhr', en: 'Open until noon' }))).toEqual(
      [
        'Laufzeile (Deutsch): Standardtext → „Heute bis 12 Uhr“',
        'Laufzeile (Englisch): Standardtext → „Open until noon“',
      ],
    );
    expect(say(change('errands[melde].hint', undefined, { de: 'Anmeldung' }))).toEqual([
      'Meldewesen – Beispiele (Deutsch): „Anmeldung“',
    ]);
  });

  it('reads rules and hours as the setup page words them', () => {
    expect(say(change('rules.noShowAfterSeconds', 0, 90))).toEqual([
      '„Nicht erschienen“ möglich nach: sofort → 90 s',
    ]);
    expect(say(change('rules.priority', 'first', 'interleave'))).toEqual([
      'Vorrangnummern: immer zuerst → eine nach je N normalen',
    ]);
    expect(say(change('hours', undefined, { mon: { from: '08:00', until: '12:00' } }))).toEqual([
      'Öffnungszeiten: jederzeit → Montag 08:00–12:00',
    ]);
    expect(say(change('hours.thu', undefined, { from: '14:00', until: '18:00' }))).toEqual([
      'Öffnungszeiten – Donnerstag: keine Nummernausgabe → 14:00–18:00',
    ]);
    expect(say(change('hours.mon.from', '08:00', '09:00'))).toEqual([
      'Öffnungszeiten – Montag – von: 08:00 → 09:00',
    ]);
  });

  it('reads a first start from the config file field by field, leaving out what says nothing', () => {
    const lines = say(change('rules', undefined, defaultCallingRules));
    expect(lines).toContain('Vorrangnummern: immer zuerst');
    expect(lines).toContain('Erneute Aufrufe höchstens: 3');
    expect(say(change('publicUrl', undefined, null))).toEqual([]);
    expect(say(change('texts', undefined, {}))).toEqual([]);
  });

  it('still shows a field it does not know, with its raw value', () => {
    expect(say(change('somethingNew.deep', 1, 2))).toEqual(['somethingNew.deep: 1 → 2']);
  });

  it('names errands that are gone by what the log recorded when they were added', () => {
    const entry: AuditEntry = {
      id: 1,
      at: 0,
      by: 'Frau Weber',
      version: 2,
      changes: [
        change('errands[alt]', undefined, { id: 'alt', letter: 'X', name: { de: 'Altes Anliegen' } }),
      ],
    };
    const known = setupNames(settings, [entry]);
    expect(changeSentences(change('errands[alt].letter', 'X', 'Y'), known, 'de').map(sentenceText)).toEqual([
      'Altes Anliegen – Buchstabe: „X“ → „Y“',
    ]);
  });

  it('speaks every language of the admin page, never in JSON', () => {
    const changes = [
      change('texts.ticker.de', 'Alt', 'Neu'),
      change('errands[pass].active', true, false),
      change('errands[pass].name.en', 'Passport', 'Passports'),
      change('places[p5]', undefined, { id: 'p5', name: 'Platz 5' }),
    ];
    for (const language of languages) {
      const lines = changes.flatMap((c) => say(c, language));
      expect(lines, language).toHaveLength(4);
      for (const line of lines) {
        expect(line, language).not.toMatch(/[{}[\]]|"|\btrue\b|\bfalse\b/);
      }
      // The errand's name in the page's language where it has one, the German one otherwise.
      expect(lines[2], language).toContain(language === 'en' ? 'Passports' : 'Reisepass');
    }
    expect(say(changes[0] as SettingsChange, 'ar')).toEqual(['الشريط المتحرك (الألمانية): «Alt» ← «Neu»']);
    expect(say(changes[1] as SettingsChange, 'uk')).toEqual([
      'Reisepass – Пропонується на кіоску: увімкнено → вимкнено',
    ]);
  });
});
