// One AudioContext for the whole screen: the gong and every clip go through one gain, the volume.

const AudioContextClass: typeof AudioContext | undefined =
  globalThis.AudioContext ??
  (globalThis as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;

/** The display's audio output. Created on first use; browsers keep it suspended until a user gesture. */
export interface AudioEngine {
  readonly supported: boolean;
  /** The context and the node everything plays into; null where the browser has no Web Audio. */
  readonly output: () => { context: AudioContext; destination: AudioNode } | null;
  readonly running: () => boolean;
  /**
   * Asks the browser to start sound. Inside a click or key press this always works: resume() and the
   * silent buffer are started before anything is awaited, while the gesture still counts.
   */
  readonly start: () => Promise<boolean>;
  readonly setVolume: (volume: number) => void;
  readonly volume: () => number;
  /** Called whenever the context starts or stops (a browser may suspend it). */
  readonly onChange: (listener: () => void) => void;
}

export function createAudioEngine(initialVolume: number): AudioEngine {
  let context: AudioContext | null = null;
  let master: GainNode | null = null;
  let volume = initialVolume;
  const listeners = new Set<() => void>();

  const output = (): { context: AudioContext; destination: AudioNode } | null => {
    if (!AudioContextClass) return null;
    if (!context || !master) {
      context = new AudioContextClass();
      master = context.createGain();
      master.gain.value = volume;
      master.connect(context.destination);
      context.addEventListener('statechange', () => {
        for (const listener of listeners) listener();
      });
    }
    return { context, destination: master };
  };

  return {
    supported: AudioContextClass !== undefined,
    output,
    running: () => context?.state === 'running',
    start: async () => {
      const audio = output();
      if (!audio) return false;
      const resumed = audio.context.resume();
      // A moment of silence through the same path: some browsers unlock on the first sound played.
      const silence = audio.context.createBufferSource();
      silence.buffer = audio.context.createBuffer(
        1,
        Math.ceil(audio.context.sampleRate / 20),
        audio.context.sampleRate,
      );
      silence.connect(audio.destination);
      silence.onended = () => silence.disconnect();
      silence.start();
      try {
        await resumed;
      } catch {
        return false;
      }
      return audio.context.state === 'running';
    },
    setVolume: (next) => {
      volume = next;
      if (context && master) master.gain.setTargetAtTime(next, context.currentTime, 0.05);
    },
    volume: () => volume,
    onChange: (listener) => void listeners.add(listener),
  };
}
