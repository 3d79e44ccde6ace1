import type { CSSProperties } from 'react';

/** Relative luminance of "#rrggbb" (WCAG 2.x). */
function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** The ink (black or white) with the higher contrast on a colour: the letter must stay readable. */
export const inkOn = (hex: string): string => {
  const l = luminance(hex);
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
};

/**
 * An errand colour the office chose in the admin page, as the --tone/--tone-ink custom properties
 * every badge and tile reads; undefined keeps the theme's tone by position.
 */
export function toneStyle(colour: string | undefined): CSSProperties | undefined {
  if (colour === undefined || !/^#[0-9a-fA-F]{6}$/.test(colour)) return undefined;
  return { '--tone': colour, '--tone-ink': inkOn(colour) } as CSSProperties;
}
