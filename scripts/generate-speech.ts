/**
 * Generates the waiting-room display's spoken calls: short clips the display chains into
 * "Nummer A 17, bitte zu Platz 2" (and "Number A 17, please go to desk 2"), so it speaks offline on a
 * plain browser with no voices installed.
 *
 * Needs, on Debian/Ubuntu, only for generating (the display plays the committed files):
 *   apt-get install espeak-ng ffmpeg        (Debian's ffmpeg includes the libopus encoder)
 *
 * Run:  npm run speech:generate            all languages
 *       npm run speech:generate -- en      one language
 *
 * Writes apps/display/public/speech/<lang>/<clip>.ogg (Ogg Opus, mono, speech bitrate) and
 * apps/display/public/speech/<lang>/manifest.json, which names every clip, its text and length, and which
 * clip speaks each kind of place ("Platz" → "desk"). Commit the output.
 *
 * Numbers: whole clips for 0–99, each twice – with a continuing tune ("siebzehn,") for the ticket
 * number and a closing one ("zwei.") for the end of the sentence – plus "einhundert" … "neunhundert"
 * ("one hundred and" …) that build 100–999 (ticket numbers never go higher). Whole words for the
 * common range sound far more natural than digits, and the whole set stays well under 1 MB.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One clip: what espeak-ng is given (punctuation sets the tune) and what it means, for the manifest. */
interface ClipSource {
  readonly say: string;
  readonly text: string;
}

interface LanguageSource {
  /** espeak-ng voice. */
  readonly voice: string;
  readonly phrases: { readonly number: string; readonly to: string; readonly seeScreen: string };
  /** How to say each kind of place, keyed by the German word in the office's place names. */
  readonly places: Readonly<Record<string, string>>;
  /** "zweihundert" / "two hundred", as the first part of a longer number. */
  readonly hundred: (h: number) => string;
  /** "two hundred and", where the language needs a joining word before the rest (English). */
  readonly hundredAnd: ((h: number) => string) | null;
}

const germanUnits = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const englishUnits = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

const LANGUAGES: Readonly<Record<string, LanguageSource>> = {
  de: {
    voice: 'de',
    phrases: { number: 'Nummer', to: 'bitte zu', seeScreen: 'bitte beachten Sie die Anzeige' },
    places: { platz: 'Platz', schalter: 'Schalter', raum: 'Raum', zimmer: 'Zimmer', tisch: 'Tisch' },
    hundred: (h) => `${germanUnits[h] ?? ''}hundert`,
    hundredAnd: null,
  },
  en: {
    voice: 'en',
    phrases: { number: 'Number', to: 'please go to', seeScreen: 'please see the screen' },
    places: { platz: 'desk', schalter: 'counter', raum: 'room', zimmer: 'room', tisch: 'table' },
    hundred: (h) => `${englishUnits[h] ?? ''} hundred`,
    hundredAnd: (h) => `${englishUnits[h] ?? ''} hundred and`,
  },
};

/** espeak-ng words per minute: a little slower than its default, for a large, echoing room. */
const SPEED = 150;
/** Opus bitrate for speech: clear for a synthetic voice, about 2 kB a clip. */
const BITRATE = '24k';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = join(root, 'apps', 'display', 'public', 'speech');

function clipsOf(source: LanguageSource): Map<string, ClipSource> {
  const clips = new Map<string, ClipSource>();
  const add = (id: string, text: string, say = text): void => void clips.set(id, { say, text });
  // A comma keeps the voice up: these words are always followed by more.
  add('phrase-number', source.phrases.number, `${source.phrases.number},`);
  add('phrase-to', source.phrases.to, `${source.phrases.to},`);
  add('phrase-see-screen', source.phrases.seeScreen, `${source.phrases.seeScreen}.`);
  for (const [word, spoken] of Object.entries(source.places)) add(`place-${word}`, spoken, `${spoken},`);
  for (let code = 65; code <= 90; code++) {
    const letter = String.fromCharCode(code);
    add(`letter-${letter.toLowerCase()}`, letter, `${letter},`);
  }
  for (let n = 0; n <= 99; n++) {
    add(`number-${n}`, String(n), `${n}.`);
    add(`number-${n}-mid`, String(n), `${n},`);
  }
  for (let h = 1; h <= 9; h++) {
    add(`hundred-${h}`, source.hundred(h), `${source.hundred(h)},`);
    if (source.hundredAnd) add(`hundred-${h}-and`, source.hundredAnd(h), `${source.hundredAnd(h)},`);
  }
  return clips;
}

function run(command: string, args: readonly string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Length of a 16-bit mono PCM WAV file written by ffmpeg, from its data chunk. */
function wavMilliseconds(file: string): number {
  const wav = readFileSync(file);
  const sampleRate = wav.readUInt32LE(24);
  const channels = wav.readUInt16LE(22);
  let offset = 12;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === 'data') return Math.round((size / (2 * channels) / sampleRate) * 1000);
    offset += 8 + size + (size % 2);
  }
  throw new Error(`${file}: no data chunk`);
}

// Cut espeak-ng's silence at both ends (the display sets its own pauses) and fade a few ms in and out,
// so chained clips neither drag nor click.
const TRIM =
  'silenceremove=start_periods=1:start_threshold=-50dB,areverse,' +
  'silenceremove=start_periods=1:start_threshold=-50dB,areverse,' +
  'afade=t=in:d=0.005,areverse,afade=t=in:d=0.01,areverse';

function generate(language: string, source: LanguageSource): void {
  const outDir = join(outRoot, language);
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), `aufruf-speech-${language}-`));
  const clips = clipsOf(source);
  const manifestClips: Record<string, { file: string; text: string; ms: number; bytes: number }> = {};
  let total = 0;
  try {
    for (const [id, clip] of clips) {
      const raw = join(work, `${id}.raw.wav`);
      const trimmed = join(work, `${id}.wav`);
      const file = `${id}.ogg`;
      run('espeak-ng', ['-v', source.voice, '-s', String(SPEED), '-w', raw, clip.say]);
      run('ffmpeg', ['-v', 'error', '-y', '-i', raw, '-af', TRIM, '-ac', '1', '-c:a', 'pcm_s16le', trimmed]);
      run('ffmpeg', [
        ...['-v', 'error', '-y', '-i', trimmed, '-map_metadata', '-1', '-fflags', '+bitexact'],
        ...['-c:a', 'libopus', '-b:a', BITRATE, '-application', 'voip', join(outDir, file)],
      ]);
      const bytes = statSync(join(outDir, file)).size;
      total += bytes;
      manifestClips[id] = { file, text: clip.text, ms: wavMilliseconds(trimmed), bytes };
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  // Clips no longer in the vocabulary would only be dead weight on every display.
  for (const name of readdirSync(outDir)) {
    if (name.endsWith('.ogg') && !clips.has(name.slice(0, -'.ogg'.length))) rmSync(join(outDir, name));
  }
  const places = Object.fromEntries(Object.keys(source.places).map((word) => [word, `place-${word}`]));
  const manifest = {
    version: 1,
    language,
    voice: source.voice,
    // Without the data path, which says only where this machine keeps it.
    generator: run('espeak-ng', ['--version'])
      .replace(/\s+Data at:.*$/s, '')
      .trim(),
    format: 'audio/ogg; codecs=opus',
    places,
    clips: manifestClips,
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${language}: ${clips.size} clips, ${(total / 1024).toFixed(0)} KiB in ${outDir}`);
}

const wanted = process.argv.slice(2);
for (const [language, source] of Object.entries(LANGUAGES)) {
  if (wanted.length === 0 || wanted.includes(language)) generate(language, source);
}
