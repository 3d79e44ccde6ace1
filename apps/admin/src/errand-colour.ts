import type { Errand } from '@aufruf/core';
import { errandTone } from '@aufruf/ui';

const HEX = /^#[0-9a-f]{6}$/;

/**
 * The colour the screens paint an errand in: the office's own, else the theme's tone for its position
 * (as the name of the CSS variable the screens read).
 */
export const errandPaint = (errand: Pick<Errand, 'colour'> | undefined, index: number): string =>
  errand?.colour ?? `--errand-${errandTone(Math.max(0, index))}`;

/**
 * The theme's tone for a position as "#rrggbb", read from the same stylesheet the screens use, so the
 * setup shows the colour a badge really has and not a guess.
 */
export function toneHex(index: number): string {
  const value = getComputedStyle(document.documentElement)
    .getPropertyValue(`--errand-${errandTone(Math.max(0, index))}`)
    .trim()
    .toLowerCase();
  return HEX.test(value) ? value : '#000000';
}
