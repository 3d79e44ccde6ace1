/** How many distinct errand colours the theme defines (Okabe–Ito, safe for colour-blind readers). */
export const ERRAND_TONES = 8;

/** The colour slot of an errand, from its position in the office's errand list; stable per config. */
export function errandTone(index: number): number {
  return ((index % ERRAND_TONES) + ERRAND_TONES) % ERRAND_TONES;
}
