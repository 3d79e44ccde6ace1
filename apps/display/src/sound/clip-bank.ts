import { parseSpeechManifest } from './speech-manifest.ts';
import type { SpeechManifest } from './speech-manifest.ts';

/** Decoded clips kept ready: the phrases and a few numbers stay warm, a day's calls do not pile up. */
const DECODED_LIMIT = 48;
/** Parallel downloads while preloading: a gentle load on the hub when every screen starts at once. */
const PRELOAD_PARALLEL = 4;

/** The recorded clips of one language: fetched once when the page starts, decoded when needed. */
export interface ClipBank {
  readonly language: string;
  /** The manifest; null if this language has no usable clips (asked again next time). */
  readonly manifest: () => Promise<SpeechManifest | null>;
  /** The clip ready to play; fetches it first if preloading has not got to it yet. */
  readonly buffer: (context: BaseAudioContext, id: string) => Promise<AudioBuffer>;
}

async function fetchManifest(url: string): Promise<SpeechManifest | null> {
  try {
    const response = await fetch(url);
    return response.ok ? parseSpeechManifest(await response.json()) : null;
  } catch {
    return null;
  }
}

/** Starts loading `<base>speech/<language>/`: the manifest, then every clip's compressed bytes. */
export function createClipBank(base: string, language: string): ClipBank {
  const folder = `${base}speech/${language}/`;
  let loading: Promise<SpeechManifest | null> | null = null;
  // Compressed bytes are small (about 2 kB a clip) and kept for the whole day; decoded audio is ~50
  // times larger, so only the most recently used clips stay decoded.
  const bytes = new Map<string, Promise<ArrayBuffer>>();
  const decoded = new Map<string, AudioBuffer>();

  const fetchBytes = (manifest: SpeechManifest, id: string): Promise<ArrayBuffer> => {
    const known = bytes.get(id);
    if (known) return known;
    const file = manifest.clips[id]?.file;
    if (!file) return Promise.reject(new Error(`Kein Sprachbaustein „${id}“ (${language})`));
    const download = fetch(folder + file).then((response) => {
      if (!response.ok) throw new Error(`${folder}${file}: HTTP ${response.status}`);
      return response.arrayBuffer();
    });
    bytes.set(id, download);
    // A failed download is tried again next time instead of being remembered as broken.
    download.catch(() => bytes.delete(id));
    return download;
  };

  const preload = async (manifest: SpeechManifest): Promise<void> => {
    const ids = Object.keys(manifest.clips);
    const worker = async (): Promise<void> => {
      for (let id = ids.shift(); id !== undefined; id = ids.shift()) {
        await fetchBytes(manifest, id).catch(() => undefined);
      }
    };
    await Promise.all(Array.from({ length: PRELOAD_PARALLEL }, worker));
  };

  const load = (): Promise<SpeechManifest | null> => {
    loading ??= fetchManifest(`${folder}manifest.json`).then((manifest) => {
      if (manifest) {
        void preload(manifest);
      } else {
        // Perhaps the hub was restarting: the next call asks again.
        loading = null;
        console.warn(`Aufruf-Anzeige: keine Sprachbausteine für „${language}“ unter ${folder}`);
      }
      return manifest;
    });
    return loading;
  };
  void load();

  return {
    language,
    manifest: load,
    buffer: async (context, id) => {
      const hit = decoded.get(id);
      if (hit) {
        // Map order is the LRU order: move the hit to the end.
        decoded.delete(id);
        decoded.set(id, hit);
        return hit;
      }
      const manifest = await load();
      if (!manifest) throw new Error(`Keine Sprachbausteine für „${language}“`);
      // decodeAudioData takes the buffer over, so it gets a copy and the kept bytes stay usable.
      const audio = await context.decodeAudioData((await fetchBytes(manifest, id)).slice(0));
      decoded.set(id, audio);
      for (const oldest of decoded.keys()) {
        if (decoded.size <= DECODED_LIMIT) break;
        decoded.delete(oldest);
      }
      return audio;
    },
  };
}
