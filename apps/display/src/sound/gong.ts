import { logAudio } from './audio-log.ts';

// The design's "soft two-tone gong (about 1 s)": made from sine tones, so there is no file to ship.
// E5 then C5, the familiar falling "ding-dong", each with a quick soft attack and a long fade, and a
// quiet octave above for a rounder, bell-like tone that carries without being shrill.

const TONES = [
  { frequency: 659.25, at: 0, seconds: 0.75 },
  { frequency: 523.25, at: 0.4, seconds: 0.75 },
] as const;
const PARTIALS = [
  [1, 0.32],
  [2, 0.08],
] as const;

/** Rings the gong once; resolves when it has faded out. */
export function playGong(context: AudioContext, destination: AudioNode): Promise<void> {
  const start = context.currentTime + 0.03;
  const nodes: AudioNode[] = [];
  let last: OscillatorNode | null = null;
  for (const tone of TONES) {
    for (const [multiple, peak] of PARTIALS) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const begin = start + tone.at;
      oscillator.type = 'sine';
      oscillator.frequency.value = tone.frequency * multiple;
      gain.gain.setValueAtTime(0.0001, begin);
      gain.gain.exponentialRampToValueAtTime(peak, begin + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, begin + tone.seconds);
      oscillator.connect(gain).connect(destination);
      oscillator.start(begin);
      oscillator.stop(begin + tone.seconds + 0.02);
      nodes.push(oscillator, gain);
      last = oscillator;
    }
  }
  logAudio('gong', 'gong', 'start');
  const longest = Math.max(...TONES.map((tone) => tone.at + tone.seconds));
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(watchdog);
      for (const node of nodes) node.disconnect();
      logAudio('gong', 'gong', 'end');
      resolve();
    };
    // A context suspended halfway would never fire "ended": the queue must not wait for it forever.
    const watchdog = setTimeout(finish, (longest + 1.5) * 1000);
    if (last) last.onended = finish;
  });
}
