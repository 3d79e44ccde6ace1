import type { Errand, Place } from '@aufruf/core';
import type { OfficeSettings } from '@aufruf/protocol';

// Pure edits of a draft setup, so the view stays a thin form and the rules can be read in one place.

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function freshId(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

/** A new errand at the end, with a free letter; places serving all errands serve it too. */
export function addErrand(settings: OfficeSettings): OfficeSettings {
  const used = new Set(settings.errands.map((e) => e.letter));
  const letter = [...LETTERS].find((l) => !used.has(l)) ?? '';
  const errand: Errand = {
    id: freshId(
      'anliegen',
      settings.errands.map((e) => e.id),
    ),
    letter,
    name: { de: '' },
    active: true,
  };
  return { ...settings, errands: [...settings.errands, errand] };
}

export function removeErrand(settings: OfficeSettings, id: string): OfficeSettings {
  return {
    ...settings,
    errands: settings.errands.filter((e) => e.id !== id),
    places: settings.places.map((p) =>
      p.errandIds ? { ...p, errandIds: p.errandIds.filter((e) => e !== id) } : p,
    ),
  };
}

export function moveErrand(settings: OfficeSettings, index: number, by: -1 | 1): OfficeSettings {
  const errands = [...settings.errands];
  const target = index + by;
  const a = errands[index];
  const b = errands[target];
  if (!a || !b) return settings;
  errands[index] = b;
  errands[target] = a;
  return { ...settings, errands };
}

export const replaceAt = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((old, i) => (i === index ? item : old));

/** The places that serve an errand by default (a place without a list serves every errand). */
export const placesServing = (settings: OfficeSettings, errandId: string): string[] =>
  settings.places
    .filter((p) => (p.errandIds ?? settings.errands.map((e) => e.id)).includes(errandId))
    .map((p) => p.id);

/** Sets whether a place serves an errand by default: the same relation, edited from the errand's side. */
export function setServes(
  settings: OfficeSettings,
  placeId: string,
  errandId: string,
  serves: boolean,
): OfficeSettings {
  const all = settings.errands.map((e) => e.id);
  return {
    ...settings,
    places: settings.places.map((p): Place => {
      if (p.id !== placeId) return p;
      const current = p.errandIds ?? all;
      const next = serves ? [...current, errandId] : current.filter((id) => id !== errandId);
      return { ...p, errandIds: all.filter((id) => next.includes(id)) };
    }),
  };
}

export function addPlace(settings: OfficeSettings, name: string): OfficeSettings {
  const place: Place = {
    id: freshId(
      'platz',
      settings.places.map((p) => p.id),
    ),
    name,
  };
  return { ...settings, places: [...settings.places, place] };
}
