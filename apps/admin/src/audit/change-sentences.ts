import type { LocalizedText } from '@aufruf/core';
import type { AuditEntry, OfficeSettings, SettingsChange } from '@aufruf/protocol';
import { localized } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import type { AuditWord } from './audit-words.ts';
import { isLocalizedText, isRecord, parse, sentenceText } from './sentence.ts';
import type { Sentence, Value } from './sentence.ts';
import { valueFormats } from './value-formats.ts';
import type { Format, SetupNames } from './value-formats.ts';

export { fill, sentenceText } from './sentence.ts';
export type { Part, Sentence } from './sentence.ts';
export type { SetupNames } from './value-formats.ts';

type Node =
  | { readonly kind: 'leaf'; readonly label: Sentence; readonly format: Format }
  | {
      readonly kind: 'branch';
      readonly label: Sentence;
      readonly child: (key: string) => Node;
      /** How to show the whole value when it is not an object on both sides (e.g. hours: "jederzeit"). */
      readonly whole?: Format;
    };

/** Names of errands and places: the current setup first, then whatever the log itself recorded. */
export function setupNames(settings: OfficeSettings | null, entries: readonly AuditEntry[]): SetupNames {
  const errands = new Map<string, { letter: string; name: LocalizedText }>();
  const places = new Map<string, string>();
  for (const errand of settings?.errands ?? []) errands.set(errand.id, errand);
  for (const place of settings?.places ?? []) places.set(place.id, place.name);
  for (const { changes } of entries) {
    for (const change of changes) {
      const match = /^(errands|places)\[([^\]]+)\]$/.exec(change.path);
      const item = parse(change.before) ?? parse(change.after);
      if (!match?.[2] || !isRecord(item)) continue;
      const id = match[2];
      if (match[1] === 'places' && typeof item.name === 'string' && !places.has(id))
        places.set(id, item.name);
      if (match[1] === 'errands' && !errands.has(id) && isLocalizedText(item.name)) {
        errands.set(id, { letter: typeof item.letter === 'string' ? item.letter : '', name: item.name });
      }
    }
  }
  return { errands, places };
}

/**
 * One change of the setup as sentences a person reads: "Laufzeile (Deutsch): „…“ → „…“",
 * "Reisepass – Name (Englisch): „Passport“ → „Passports“", "Anliegen W „Wohngeld“ hinzugefügt".
 * Switches read "an"/"aus", lists as letters or names, a colour as a swatch with its code. A change of a
 * whole object (a first start, a text set for the first time) becomes one sentence per field. A path
 * this page does not know is still shown, with its raw value.
 */
export function changeSentences(change: SettingsChange, names: SetupNames, language: Language): Sentence[] {
  const {
    w,
    word,
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
  } = valueFormats(names, language);
  const within = (owner: Sentence, field: Sentence): Sentence => word('within', { owner, field });
  const leaf = (label: Sentence, format: Format): Node => ({ kind: 'leaf', label, format });
  const languages = (label: Sentence, whenParentMissing?: AuditWord): Node => ({
    kind: 'branch',
    label,
    child: (code) =>
      leaf(word('inLanguage', { field: label, language: [languageName(code)] }), text(whenParentMissing)),
  });

  const errandField =
    (owner: Sentence) =>
    (key: string): Node => {
      const label = (name: AuditWord): Sentence => within(owner, [w[name]]);
      switch (key) {
        case 'letter':
          return leaf(label('letter'), text());
        case 'colour':
          return leaf(label('colour'), colour);
        case 'active':
          return leaf(label('active'), onOff(true));
        case 'priority':
          return leaf(label('priority'), onOff(false));
        case 'name':
          return languages(label('name'));
        case 'hint':
          return languages(label('hint'));
        default:
          return leaf(within(owner, [key]), raw);
      }
    };
  const placeField =
    (owner: Sentence) =>
    (key: string): Node => {
      if (key === 'name') return leaf(within(owner, [w.name]), text());
      if (key === 'errandIds') return leaf(within(owner, [w.placeErrands]), letters);
      return leaf(within(owner, [key]), raw);
    };
  const rules = (key: string): Node => {
    const formats: Readonly<Record<string, [AuditWord, Format]>> = {
      priority: ['rulePriority', priorityMode],
      priorityEvery: ['rulePriorityEvery', count],
      maxRecalls: ['ruleMaxRecalls', count],
      noShowAfterSeconds: ['ruleNoShowAfter', seconds],
      appointmentsFirst: ['ruleAppointmentsFirst', onOff()],
    };
    const known = formats[key];
    return known ? leaf([w[known[0]]], known[1]) : leaf([key], raw);
  };
  const hoursDay = (day: string): Node => {
    const label = within([w.hours], [dayName(day)]);
    return {
      kind: 'branch',
      label,
      child: (end) =>
        leaf(within(label, [end === 'from' ? w.from : end === 'until' ? w.until : end]), plain()),
      whole: dayRange,
    };
  };
  const top = (key: string): Node => {
    switch (key) {
      case 'name':
        return leaf([w.officeName], text());
      case 'publicUrl':
        return leaf([w.publicUrl], plain('serverAddress'));
      case 'rules':
        return { kind: 'branch', label: [key], child: rules };
      case 'hours':
        return { kind: 'branch', label: [w.hours], child: hoursDay, whole: hours };
      case 'texts':
        return {
          kind: 'branch',
          label: [key],
          child: (name) =>
            name === 'advice' || name === 'ticker' ? languages([w[name]], 'standardText') : leaf([name], raw),
        };
      default:
        return leaf([key], raw);
    }
  };

  const out: Sentence[] = [];
  const emit = (node: Node, before: Value, after: Value, parentMissing: [boolean, boolean]): void => {
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    const expandable = (value: Value): boolean => value === undefined || isRecord(value);
    const bothObjects = isRecord(before) && isRecord(after);
    if (node.kind === 'branch' && (bothObjects || (!node.whole && expandable(before) && expandable(after)))) {
      const b = isRecord(before) ? before : {};
      const a = isRecord(after) ? after : {};
      for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
        emit(node.child(key), b[key], a[key], [!isRecord(before), !isRecord(after)]);
      }
      return;
    }
    const format = node.kind === 'leaf' ? node.format : (node.whole ?? raw);
    const was = format(before, parentMissing[0]);
    const now = format(after, parentMissing[1]);
    if (sentenceText(was) === sentenceText(now)) return;
    // Nothing before (a first start, a new text): "Feld: neu" reads better than "Feld: – → neu".
    out.push(
      before === undefined && sentenceText(was) === w.none
        ? word('set', { field: node.label, after: now })
        : word('changed', { field: node.label, before: was, after: now }),
    );
  };

  const before = parse(change.before);
  const after = parse(change.after);
  const order = /^(errands|places) order$/.exec(change.path);
  const item = /^(errands|places)\[([^\]]+)\](?:\.(.+))?$/.exec(change.path);
  if (order) {
    const errands = order[1] === 'errands';
    emit(leaf([w[errands ? 'errandOrder' : 'placeOrder']], errands ? letters : placeNames), before, after, [
      false,
      false,
    ]);
  } else if (item?.[1] && item[2]) {
    const [, kind, id, rest] = item;
    const isErrand = kind === 'errands';
    if (rest === undefined && (before === undefined || after === undefined)) {
      const thing = isRecord(before) ? before : isRecord(after) ? after : {};
      const added = before === undefined;
      if (isErrand) {
        const name = isLocalizedText(thing.name) ? localized(thing.name, language) : id;
        const letter = typeof thing.letter === 'string' ? thing.letter : '';
        out.push(
          word(added ? 'errandAdded' : 'errandRemoved', { name: [{ value: name || id }], letter: [letter] }),
        );
      } else {
        const name = typeof thing.name === 'string' ? thing.name : id;
        out.push(word(added ? 'placeAdded' : 'placeRemoved', { name: [{ value: name }] }));
      }
    } else {
      const owner: Sentence = [{ value: isErrand ? errandName(id) : (names.places.get(id) ?? id) }];
      const child = isErrand ? errandField(owner) : placeField(owner);
      const keys = rest?.split('.') ?? [];
      const node: Node =
        keys.length === 0
          ? { kind: 'branch', label: owner, child }
          : keys
              .slice(1)
              .reduce<Node>(
                (parent, key) =>
                  parent.kind === 'branch' ? parent.child(key) : leaf([...parent.label, `.${key}`], raw),
                child(keys[0] ?? ''),
              );
      emit(node, before, after, [false, false]);
    }
  } else {
    const keys = change.path.split('.');
    const node = keys
      .slice(1)
      .reduce<Node>(
        (parent, key) => (parent.kind === 'branch' ? parent.child(key) : leaf([change.path], raw)),
        top(keys[0] ?? ''),
      );
    emit(node, before, after, [false, false]);
  }
  return out;
}
