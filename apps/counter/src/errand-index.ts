import type { Errand } from '@aufruf/core';
import { errandTone } from '@aufruf/ui';

/** The errand's position in the office's list: every screen derives its colour from it. */
export function errandIndex(errands: readonly Errand[], errandId: string): number {
  return Math.max(
    0,
    errands.findIndex((e) => e.id === errandId),
  );
}

/** The shared theme's colour slot for an errand, for `data-tone` (which sets --tone and --tone-ink). */
export const errandToneOf = (errands: readonly Errand[], errandId: string): number =>
  errandTone(errandIndex(errands, errandId));
