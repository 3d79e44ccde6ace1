import type { AudioEngine } from './audio-engine.ts';
import { AnnouncementQueue } from './announcement-queue.ts';
import type { PendingCall } from './announcement-queue.ts';
import { logAudio } from './audio-log.ts';
import type { ClipBank } from './clip-bank.ts';
import { playGong } from './gong.ts';
import { callSentence, planCall } from './speech-plan.ts';
import type { SpokenCall } from './speech-plan.ts';
import { browserVoice, speakWithBrowser } from './web-speech.ts';

/** A call to say out loud. */
export type CallToAnnounce = PendingCall & SpokenCall;

/** Says calls one after another: gong, then the sentence in each of the screen's languages. */
export interface Announcer {
  /** Queues a call; ignored while the screen is silent (it is not saved up for later). */
  readonly announce: (call: CallToAnnounce) => void;
  /** Rings the gong, to try the volume; nothing if an announcement is playing. */
  readonly ringTest: () => void;
}

/** Calls waiting at most: about half a minute of speech behind the screen (see AnnouncementQueue). */
export const MAX_PENDING = 5;
const AFTER_GONG_MS = 150;
const BETWEEN_LANGUAGES_MS = 700;
const BETWEEN_CALLS_MS = 500;

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createAnnouncer(options: {
  readonly engine: AudioEngine;
  /** One per spoken language, in order. */
  readonly banks: readonly ClipBank[];
  readonly voice: 'clips' | 'web';
  /** Whether sound is on and allowed right now. */
  readonly canPlay: () => boolean;
}): Announcer {
  const { engine, banks } = options;
  const queue = new AnnouncementQueue<CallToAnnounce>(MAX_PENDING);
  let busy = false;

  const playClip = (context: AudioContext, destination: AudioNode, buffer: AudioBuffer, name: string) =>
    new Promise<void>((resolve) => {
      const source = context.createBufferSource();
      source.buffer = buffer;
      source.connect(destination);
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        clearTimeout(watchdog);
        source.disconnect();
        logAudio('clip', name, 'end');
        resolve();
      };
      // "ended" never comes from a context the browser suspended: never wait for it forever.
      const watchdog = setTimeout(finish, buffer.duration * 1000 + 1000);
      source.onended = finish;
      logAudio('clip', name, 'start');
      source.start();
    });

  /** Everything one language needs, loaded and decoded before the gong, so the voice follows at once. */
  const prepare = async (
    bank: ClipBank,
    context: AudioContext,
    destination: AudioNode,
    call: CallToAnnounce,
  ): Promise<(() => Promise<void>) | null> => {
    const manifest = await bank.manifest();
    const voice = options.voice === 'web' ? browserVoice(bank.language) : null;
    if (manifest && voice) {
      const text = callSentence(manifest, call);
      return () => speakWithBrowser(text, voice, engine.volume());
    }
    const plan = manifest ? planCall(manifest, call) : null;
    if (!plan) {
      if (manifest)
        console.warn(`Aufruf-Anzeige: ${call.letter} ${call.number} nicht sprechbar (${bank.language})`);
      return null;
    }
    const buffers = await Promise.all(plan.map((step) => bank.buffer(context, step.clip)));
    return async () => {
      for (const [index, step] of plan.entries()) {
        const buffer = buffers[index];
        if (buffer) await playClip(context, destination, buffer, `${bank.language}/${step.clip}`);
        if (step.pauseMs > 0) await pause(step.pauseMs);
      }
    };
  };

  const speak = async (call: CallToAnnounce): Promise<void> => {
    const audio = engine.output();
    if (!audio) return;
    const parts = await Promise.all(
      banks.map((bank) =>
        prepare(bank, audio.context, audio.destination, call).catch((error: unknown) => {
          console.warn(`Aufruf-Anzeige: Ansage (${bank.language}) nicht möglich`, error);
          return null;
        }),
      ),
    );
    await playGong(audio.context, audio.destination);
    await pause(AFTER_GONG_MS);
    let first = true;
    for (const part of parts) {
      if (!part) continue;
      if (!first) await pause(BETWEEN_LANGUAGES_MS);
      first = false;
      await part();
    }
  };

  const drain = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    try {
      for (let call = queue.take(); call; call = queue.take()) {
        // Sound went off meanwhile: what waits is dropped, not saved up for a burst later.
        if (!options.canPlay()) {
          queue.clear();
          break;
        }
        await speak(call);
        await pause(BETWEEN_CALLS_MS);
      }
    } finally {
      busy = false;
    }
  };

  return {
    announce: (call) => {
      if (!options.canPlay()) return;
      queue.push(call);
      void drain();
    },
    ringTest: () => {
      const audio = engine.output();
      if (busy || !audio || !options.canPlay()) return;
      busy = true;
      void playGong(audio.context, audio.destination).finally(() => {
        busy = false;
        void drain();
      });
    },
  };
}
