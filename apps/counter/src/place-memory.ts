import { languageFromUrl } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';

const PLACE_KEY = 'aufruf.counter.place';
const LANGUAGE_KEY = 'aufruf.counter.language';
const URL_PARAM = 'platz';

// Storage may be blocked (private mode, kiosk policies); the counter then simply forgets on reload.
function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // See above: not remembering is acceptable.
  }
}

/** The place this window works for: `?platz=<id>` first, then the one remembered on this computer. */
export function initialPlaceId(): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get(URL_PARAM);
  return fromUrl !== null && fromUrl !== '' ? fromUrl : read(PLACE_KEY);
}

/** Remembers the place on this computer; an address naming another place is corrected to match. */
export function rememberPlace(placeId: string): void {
  write(PLACE_KEY, placeId);
  const fromUrl = new URLSearchParams(window.location.search).get(URL_PARAM);
  if (fromUrl !== null && fromUrl !== placeId) clearUrlPlace();
}

/** Forgets the place, in storage and in the address, so a reload shows the picker. */
export function forgetPlace(): void {
  write(PLACE_KEY, null);
  clearUrlPlace();
}

function clearUrlPlace(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(URL_PARAM)) return;
  url.searchParams.delete(URL_PARAM);
  window.history.replaceState(null, '', url);
}

/** `?lang=` in the address first (a link for one clerk), then what this computer remembered. */
export function initialLanguage(): Language {
  return languageFromUrl(read(LANGUAGE_KEY));
}

export function rememberLanguage(language: Language): void {
  write(LANGUAGE_KEY, language);
}
