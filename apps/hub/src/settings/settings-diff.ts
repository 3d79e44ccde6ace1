import type { OfficeSettings, SettingsChange } from '@aufruf/protocol';

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json | undefined };

const isObject = (value: unknown): value is Record<string, Json | undefined> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: Json | undefined): string | null => (value === undefined ? null : JSON.stringify(value));

/**
 * What changed between two setups, field by field, for the audit log. Errands and places are matched
 * by id ("errands[ausweis].name.en"), so reordering reads as a change of "order", not as every row
 * changing; other lists are compared whole.
 */
export function diffSettings(before: OfficeSettings | null, after: OfficeSettings): SettingsChange[] {
  const changes: SettingsChange[] = [];
  const walk = (path: string, a: Json | undefined, b: Json | undefined): void => {
    if (JSON.stringify(a) === JSON.stringify(b)) return;
    if (isObject(a) && isObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        walk(path ? `${path}.${key}` : key, a[key], b[key]);
      }
      return;
    }
    changes.push({ path, before: show(a), after: show(b) });
  };
  const byId = (path: 'errands' | 'places') => {
    const a = before ? (before[path] as readonly { id: string }[]) : [];
    const b = after[path] as readonly { id: string }[];
    for (const item of b) {
      const old = a.find((x) => x.id === item.id);
      walk(`${path}[${item.id}]`, old, item);
    }
    for (const item of a) {
      if (!b.some((x) => x.id === item.id)) walk(`${path}[${item.id}]`, item, undefined);
    }
    // Adding or removing one is not a reordering: compare the order of those present in both.
    const orderA = a.map((x) => x.id).filter((id) => b.some((x) => x.id === id));
    const orderB = b.map((x) => x.id).filter((id) => a.some((x) => x.id === id));
    if (before && JSON.stringify(orderA) !== JSON.stringify(orderB)) {
      changes.push({ path: `${path} order`, before: JSON.stringify(orderA), after: JSON.stringify(orderB) });
    }
  };
  byId('errands');
  byId('places');
  for (const key of [
    'name',
    'rules',
    'hours',
    'closingGraceMinutes',
    'holidayRegion',
    'exceptions',
    'texts',
    'publicUrl',
  ] as const) {
    walk(
      key,
      (before?.[key] ?? undefined) as Json | undefined,
      (after[key] ?? undefined) as Json | undefined,
    );
  }
  return changes;
}
