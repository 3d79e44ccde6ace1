// What this screen remembers about its sound, in localStorage: it survives a restart of the TV.

const SOUND_KEY = 'aufruf.display.sound';
const VOLUME_KEY = 'aufruf.display.volume';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Storage full or forbidden: the choice holds until the page reloads.
  }
}

/** Whether someone has switched the sound on here before. */
export const soundRemembered = (): boolean => read(SOUND_KEY) === 'on';
export const rememberSound = (): void => write(SOUND_KEY, 'on');

/** The volume last set on this screen (0–1), if any. */
export function rememberedVolume(): number | null {
  const value = Number(read(VOLUME_KEY) ?? 'x');
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
}

export const rememberVolume = (volume: number): void => write(VOLUME_KEY, String(volume));
