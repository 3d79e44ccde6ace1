import type { SpeechManifest } from './speech-manifest.ts';

/** One clip to play, and the pause after it (a comma is longer than the gap between two words). */
export interface PlannedClip {
  readonly clip: string;
  readonly pauseMs: number;
}

export interface SpokenCall {
  readonly letter: string;
  readonly number: number;
  /** The place as configured, e.g. "Platz 2". */
  readonly placeName: string;
}

const WORD_GAP_MS = 40;
const COMMA_MS = 280;

/**
 * The clips that say a number: whole words for 0–99; 100–999 as "zweihundert" + "siebzehn" (English
 * "two hundred and" + "seventeen"); anything else digit by digit. `mid` picks the continuing tune
 * ("siebzehn,") over the closing one, where the manifest has it. Null if a clip is missing.
 */
export function numberClips(manifest: SpeechManifest, number: number, mid: boolean): string[] | null {
  const has = (id: string): boolean => id in manifest.clips;
  const whole = (n: number): string | null => {
    const id = `number-${n}`;
    if (mid && has(`${id}-mid`)) return `${id}-mid`;
    return has(id) ? id : null;
  };
  if (!Number.isInteger(number) || number < 0) return null;
  if (number <= 99) {
    const id = whole(number);
    return id ? [id] : null;
  }
  if (number <= 999) {
    const hundreds = Math.floor(number / 100);
    const rest = number % 100;
    if (rest === 0) return has(`hundred-${hundreds}`) ? [`hundred-${hundreds}`] : null;
    const head = has(`hundred-${hundreds}-and`) ? `hundred-${hundreds}-and` : `hundred-${hundreds}`;
    const tail = whole(rest);
    return has(head) && tail ? [head, tail] : null;
  }
  const digits = [...String(number)].map((digit) => whole(Number(digit)));
  return digits.every((id) => id !== null) ? digits : null;
}

/**
 * How to say a place: "Platz 2" is the clip for "platz" and then the number, "Empfang" a clip of its
 * own if the manifest has one. Null for a name no clip can say.
 */
export function placeClips(manifest: SpeechManifest, placeName: string): string[] | null {
  const match = /^\s*(\p{L}+)\s*(\d+)?\s*$/u.exec(placeName);
  const word = match?.[1]?.toLowerCase();
  const clip = word ? manifest.places[word] : undefined;
  if (!match || !clip || !(clip in manifest.clips)) return null;
  if (match[2] === undefined) return [clip];
  const number = numberClips(manifest, Number(match[2]), false);
  return number ? [clip, ...number] : null;
}

/**
 * "Nummer A 17, bitte zu Platz 2" as clips. A place name the clips cannot say becomes "Nummer A 17,
 * bitte beachten Sie die Anzeige": the screen shows where. Null if even the number cannot be said.
 */
export function planCall(manifest: SpeechManifest, call: SpokenCall): PlannedClip[] | null {
  const letter = `letter-${call.letter.toLowerCase()}`;
  const number = numberClips(manifest, call.number, true);
  if (!('phrase-number' in manifest.clips) || !(letter in manifest.clips) || !number) return null;
  const place = placeClips(manifest, call.placeName);
  const words = (ids: readonly string[]): PlannedClip[] =>
    ids.map((clip) => ({ clip, pauseMs: WORD_GAP_MS }));
  const head = words(['phrase-number', letter, ...number.slice(0, -1)]);
  const last = number.at(-1) as string;
  const tail = place && 'phrase-to' in manifest.clips ? ['phrase-to', ...place] : ['phrase-see-screen'];
  if (!tail.every((id) => id in manifest.clips)) return null;
  const plan = [...head, { clip: last, pauseMs: COMMA_MS }, ...words(tail)];
  return plan.map((step, index) => (index === plan.length - 1 ? { ...step, pauseMs: 0 } : step));
}

/**
 * The same sentence as text, for a browser voice: "Nummer A 17, bitte zu Platz 2". A place word the
 * clips translate ("Platz" → "desk") is translated here too; any other name is read as it is written.
 */
export function callSentence(manifest: SpeechManifest, call: SpokenCall): string {
  const text = (id: string): string => manifest.clips[id]?.text ?? '';
  const number = `${text('phrase-number')} ${call.letter} ${call.number}`;
  const place = placeClips(manifest, call.placeName);
  const digits = /\d+/.exec(call.placeName)?.[0] ?? '';
  const placeText = place ? `${text(place[0] ?? '')} ${digits}`.trim() : call.placeName;
  return `${number}, ${text('phrase-to')} ${placeText}`;
}
