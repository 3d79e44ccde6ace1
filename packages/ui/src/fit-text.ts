import type { CSSProperties } from 'react';

/**
 * Hands a line's length to CSS as `--chars`, so very large type can shrink to fit its box:
 * `font-size: min(26vh, calc(100cqi / (var(--chars) * 0.64)))`. 0.64 em is a bold digit's width.
 */
export function charsStyle(text: string, min = 3): CSSProperties {
  return { ['--chars' as string]: Math.max([...text].length, min) };
}
