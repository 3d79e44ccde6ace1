import { weekdays } from '@aufruf/core';
import type { LocalizedText } from '@aufruf/core';
import { localeOf, localized } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { auditWords } from './audit-words.ts';
import type { AuditWord } from './audit-words.ts';
import { fill, isRecord, sentenceText } from './sentence.ts';
import type { Part, Sentence, Value } from './sentence.ts';

/** Errands and places by id, so sentences name them ("Reisepass – Name (Englisch)") instead of ids. */
export interface SetupNames {
  readonly errands: ReadonlyMap<string, { readonly letter: string; readonly name: LocalizedText }>;
  readonly places: ReadonlyMap<string, string>;
}

/** Formats one side of a change; `parentMissing`: the whole text or object it belongs to was not set. */
export type Format = (value: Value, parentMissing: boolean) => Sentence;

/**
 * How values read in the change log, in one language: texts quoted („…“), switches "an"/"aus", lists of
 * errands as their letters, colours as swatches, rules and hours as the setup page words them, and a
 * missing value as what it means (the default colour, "alle Anliegen", "jederzeit").
 */
export function valueFormats(names: SetupNames, language: Language) {
  const w = auditWords[language];
  const locale = localeOf(language);
  const word = (key: AuditWord, params: Readonly<Record<string, Sentence>> = {}): Part[] =>
    fill(w[key], params);
  const numbers = new Intl.NumberFormat(locale);
  const languageName = (code: string): string => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  // 1 January 2024 was a Monday: weekday names in the page's language without a catalog of our own.
  const dayName = (day: string): string => {
    const index = weekdays.indexOf(day as (typeof weekdays)[number]);
    if (index < 0) return day;
    return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2024, 0, 1 + index),
    );
  };
  const errandName = (id: string): string => {
    const errand = names.errands.get(id);
    return errand ? localized(errand.name, language) || errand.letter : id;
  };
  const list = (items: readonly string[]): Sentence => [{ value: items.join(w.listSeparator) }];

  const none: Sentence = [w.none];
  const raw: Format = (value) => (value === undefined ? none : [JSON.stringify(value)]);
  const text =
    (whenParentMissing?: AuditWord): Format =>
    (value, parentMissing) => {
      if (typeof value === 'string' && value !== '') return word('quoted', { text: [{ value }] });
      return whenParentMissing && parentMissing ? [w[whenParentMissing]] : none;
    };
  const plain =
    (whenMissing?: AuditWord): Format =>
    (value) => {
      if (typeof value === 'string' && value !== '') return [{ value }];
      return value === undefined || value === null
        ? whenMissing
          ? [w[whenMissing]]
          : none
        : raw(value, false);
    };
  const onOff =
    (whenMissing?: boolean): Format =>
    (value) => {
      const on = typeof value === 'boolean' ? value : whenMissing;
      return on === undefined ? raw(value, false) : [w[on ? 'on' : 'off']];
    };
  const count: Format = (value) => (typeof value === 'number' ? [numbers.format(value)] : raw(value, false));
  const seconds: Format = (value) =>
    typeof value !== 'number'
      ? raw(value, false)
      : value === 0
        ? [w.atOnce]
        : word('seconds', { n: [numbers.format(value)] });
  const colour: Format = (value) =>
    typeof value === 'string' ? [{ colour: value.toLowerCase() }] : [w.defaultColour];
  const ids =
    (name: (id: string) => string, whenMissing?: AuditWord): Format =>
    (value) => {
      if (Array.isArray(value)) return value.length === 0 ? none : list(value.map((id) => name(String(id))));
      return value === undefined && whenMissing ? [w[whenMissing]] : raw(value, false);
    };
  const letters = ids((id) => names.errands.get(id)?.letter ?? id, 'allErrands');
  const placeNames = ids((id) => names.places.get(id) ?? id);
  const priorityMode: Format = (value) =>
    value === 'first'
      ? [w.priorityFirst]
      : value === 'interleave'
        ? [w.priorityInterleave]
        : raw(value, false);
  const dayRange: Format = (value) =>
    isRecord(value) && typeof value.from === 'string' && typeof value.until === 'string'
      ? word('timeRange', { from: [value.from], until: [value.until] })
      : [w.closed];
  const hours: Format = (value) => {
    if (!isRecord(value)) return [w.anyTime];
    const open = weekdays.filter((day) => isRecord(value[day]));
    if (open.length === 0) return [w.closed];
    return list(open.map((day) => `${dayName(day)} ${sentenceText(dayRange(value[day], false))}`));
  };

  return {
    w,
    word,
    none,
    raw,
    text,
    plain,
    onOff,
    count,
    seconds,
    colour,
    letters,
    placeNames,
    priorityMode,
    dayRange,
    hours,
    dayName,
    languageName,
    errandName,
  };
}
