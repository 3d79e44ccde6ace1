import type { Identity } from '@aufruf/protocol';
import { isLanguage } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';

/** How one screen is set up, from its address, e.g. /display/?lang=de&second=en&places=platz-1. */
export interface DisplayConfig {
  /** Screen text and first announcement (`?lang=`, German by default). */
  readonly language: Language;
  /** The announcement repeated in this language (`?second=en`), or none. */
  readonly second: Language | null;
  /** Places shown on an unpaired screen (`?places=platz-1,platz-2`); null for all. */
  readonly places: readonly string[] | null;
  /**
   * How long the newest call stays "current" when nothing else happens (`?currentFor=` in minutes, 15
   * by default). Other calls stay current beside it for CURRENT_WINDOW_MS (current-calls.ts), never
   * longer than this.
   */
  readonly currentForMs: number;
  /** Starting volume 0–1 (`?volume=0.8`) until someone sets one on the screen. */
  readonly volume: number | null;
  /** `?voice=web` speaks with an installed browser voice where one exists; recorded clips otherwise. */
  readonly voice: 'clips' | 'web';
  /** `?sound=off`: a deliberately silent screen (e.g. beside a door), which never asks for sound. */
  readonly sound: boolean;
}

const DEFAULT_CURRENT_MINUTES = 15;

const asLanguage = (value: string | null): Language | null => (isLanguage(value) ? value : null);

/**
 * Languages with recorded call clips (public/speech/<lang>). A screen in another language shows its
 * text in that language and speaks the call in German, the office's language, rather than not at all.
 */
export const VOICED_LANGUAGES: readonly Language[] = ['de', 'en'];

function positiveNumber(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : null;
}

/** Reads the screen's settings from its query string; anything unknown or malformed takes the default. */
export function readDisplayConfig(search: string): DisplayConfig {
  const params = new URLSearchParams(search);
  const language = asLanguage(params.get('lang')) ?? 'de';
  const second = asLanguage(params.get('second'));
  const places = (params.get('places') ?? '')
    .split(',')
    .map((place) => place.trim())
    .filter((place) => place !== '');
  const volume = Number(params.get('volume') ?? 'x');
  return {
    language,
    second: second === language ? null : second,
    places: places.length > 0 ? places : null,
    currentForMs: (positiveNumber(params.get('currentFor')) ?? DEFAULT_CURRENT_MINUTES) * 60_000,
    volume: params.has('volume') && Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : null,
    voice: params.get('voice') === 'web' ? 'web' : 'clips',
    sound: params.get('sound') !== 'off',
  };
}

/**
 * The places this screen shows and announces: those it was paired for (the admin's choice wins), else
 * the address's `?places=`, else all (null).
 */
export function shownPlaces(you: Identity | null, config: DisplayConfig): readonly string[] | null {
  return you?.places ?? config.places;
}

/** The languages a call is spoken in, in order. */
export const spokenLanguages = (config: DisplayConfig): Language[] => {
  const voiced = (config.second ? [config.language, config.second] : [config.language]).map((l) =>
    VOICED_LANGUAGES.includes(l) ? l : 'de',
  );
  return [...new Set(voiced)];
};
