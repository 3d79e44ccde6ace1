import { describe, expect, it } from 'vitest';
import { parseSpeechManifest } from './speech-manifest.ts';
import type { SpeechManifest } from './speech-manifest.ts';
import { callSentence, numberClips, planCall } from './speech-plan.ts';

// The committed clips themselves, as the display fetches them.
const files = import.meta.glob<unknown>('../../public/speech/*/manifest.json', {
  eager: true,
  import: 'default',
});
const manifests = new Map<string, SpeechManifest>();
for (const raw of Object.values(files)) {
  const manifest = parseSpeechManifest(raw);
  if (manifest) manifests.set(manifest.language, manifest);
}
const de = manifests.get('de') as SpeechManifest;
const en = manifests.get('en') as SpeechManifest;
const clips = (plan: ReturnType<typeof planCall>): string[] | undefined => plan?.map((step) => step.clip);

describe('spoken calls from the committed clips', () => {
  it('has German and English, each well under 1 MB', () => {
    expect([...manifests.keys()].sort()).toEqual(['de', 'en']);
    for (const manifest of manifests.values()) {
      const bytes = Object.values(manifest.clips).reduce((sum, clip) => sum + clip.bytes, 0);
      expect(bytes).toBeLessThan(1024 * 1024);
    }
  });

  it('says "Nummer A 17, bitte zu Platz 2" and "Number A 17, please go to desk 2"', () => {
    const call = { letter: 'A', number: 17, placeName: 'Platz 2' };
    const expected = ['phrase-number', 'letter-a', 'number-17-mid', 'phrase-to', 'place-platz', 'number-2'];
    expect(clips(planCall(de, call))).toEqual(expected);
    expect(clips(planCall(en, call))).toEqual(expected);
    expect(callSentence(de, call)).toBe('Nummer A 17, bitte zu Platz 2');
    expect(callSentence(en, call)).toBe('Number A 17, please go to desk 2');
  });

  it('pauses at the comma and nowhere long otherwise', () => {
    const plan = planCall(de, { letter: 'B', number: 5, placeName: 'Raum 12' }) ?? [];
    const pauses = plan.map((step) => step.pauseMs);
    expect(pauses[2]).toBeGreaterThan(200);
    expect(pauses.at(-1)).toBe(0);
    expect(Math.max(...pauses.filter((_, i) => i !== 2))).toBeLessThan(100);
  });

  it('can say every ticket number of every letter, in both languages', () => {
    for (const manifest of [de, en]) {
      for (let code = 65; code <= 90; code++) {
        for (let number = 1; number <= 999; number++) {
          const call = { letter: String.fromCharCode(code), number, placeName: 'Platz 4' };
          expect(planCall(manifest, call), `${manifest.language} ${call.letter} ${number}`).not.toBeNull();
        }
      }
    }
  });

  it('builds hundreds from two clips, with "and" in English', () => {
    expect(numberClips(de, 117, true)).toEqual(['hundred-1', 'number-17-mid']);
    expect(numberClips(en, 117, true)).toEqual(['hundred-1-and', 'number-17-mid']);
    expect(numberClips(de, 300, false)).toEqual(['hundred-3']);
    expect(numberClips(de, 2024, false)).toEqual(['number-2', 'number-0', 'number-2', 'number-4']);
  });

  it('translates the kind of place and falls back to the screen for a name it cannot say', () => {
    expect(clips(planCall(en, { letter: 'M', number: 3, placeName: 'Schalter 3' }))?.slice(-2)).toEqual([
      'place-schalter',
      'number-3',
    ]);
    expect(callSentence(en, { letter: 'M', number: 3, placeName: 'Schalter 3' })).toBe(
      'Number M 3, please go to counter 3',
    );
    const unknown = { letter: 'M', number: 3, placeName: 'Empfang Nord' };
    expect(clips(planCall(de, unknown))?.slice(-1)).toEqual(['phrase-see-screen']);
    // A browser voice can read any name.
    expect(callSentence(de, unknown)).toBe('Nummer M 3, bitte zu Empfang Nord');
  });

  it('refuses a manifest it does not understand', () => {
    expect(parseSpeechManifest({ version: 2, language: 'de', places: {}, clips: {} })).toBeNull();
    expect(
      parseSpeechManifest({ version: 1, language: 'de', places: {}, clips: { x: { file: '../x.ogg' } } }),
    ).toBeNull();
  });
});
