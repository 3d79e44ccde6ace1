/** One recorded clip, as scripts/generate-speech.ts describes it. */
export interface SpeechClip {
  readonly file: string;
  /** What the clip says, e.g. "bitte zu"; also the words for a browser voice. */
  readonly text: string;
  readonly ms: number;
  readonly bytes: number;
}

/** apps/display/public/speech/<lang>/manifest.json: the clips of one language. */
export interface SpeechManifest {
  readonly language: string;
  /** Clip that says each kind of place, keyed by the German word in place names ("platz" → "place-platz"). */
  readonly places: Readonly<Record<string, string>>;
  readonly clips: Readonly<Record<string, SpeechClip>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isClip(value: unknown): value is SpeechClip {
  return (
    isRecord(value) &&
    typeof value.file === 'string' &&
    /^[\w-]+\.\w+$/.test(value.file) &&
    typeof value.text === 'string' &&
    typeof value.ms === 'number' &&
    typeof value.bytes === 'number'
  );
}

/** Checks a fetched manifest; null when it is not one (a half-copied folder, an old format). */
export function parseSpeechManifest(raw: unknown): SpeechManifest | null {
  if (!isRecord(raw) || raw.version !== 1 || typeof raw.language !== 'string') return null;
  const { places, clips } = raw;
  if (!isRecord(places) || !isRecord(clips)) return null;
  if (!Object.values(clips).every(isClip)) return null;
  if (!Object.values(places).every((id) => typeof id === 'string')) return null;
  return {
    language: raw.language,
    places: places as Record<string, string>,
    clips: clips as Record<string, SpeechClip>,
  };
}
