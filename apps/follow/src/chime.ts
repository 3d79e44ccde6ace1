import type { Alert } from './follow-screen.ts';

// Sound without an audio file: two soft sine tones make a gong, like the waiting room's display.
// Browsers start an AudioContext only from a tap on the page, so the page asks for one once.

const AudioContextClass: typeof AudioContext | undefined =
  globalThis.AudioContext ??
  (globalThis as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;

let context: AudioContext | null = null;

/** Whether this browser can play the chime at all. */
export const audioSupported = (): boolean => AudioContextClass !== undefined;

/**
 * Starts the page's audio. Call it from a tap or key press: resume() is called before the first await,
 * still inside the gesture. Resolves true when sound can play.
 */
export async function unlockAudio(): Promise<boolean> {
  if (!AudioContextClass) return false;
  context ??= new AudioContextClass();
  if (context.state !== 'running') {
    try {
      await context.resume();
    } catch {
      return false;
    }
  }
  return context.state === 'running';
}

function tone(audio: AudioContext, frequency: number, start: number, seconds: number, volume: number): void {
  // A fundamental with a quiet octave above it: rounder than a bare sine, never shrill.
  for (const [multiple, share] of [
    [1, 1],
    [2, 0.25],
  ] as const) {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency * multiple;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(volume * share, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + seconds + 0.05);
  }
}

/** A call rings the two-tone gong twice; "come back" and the test after switching on ring once, softer. */
export function playChime(kind: Alert | 'test'): void {
  if (!context || context.state !== 'running') return;
  const start = context.currentTime + 0.05;
  if (kind !== 'call') {
    tone(context, 659.25, start, 0.9, 0.3);
    return;
  }
  for (const offset of [0, 1.8]) {
    tone(context, 659.25, start + offset, 1.0, 0.5);
    tone(context, 523.25, start + offset + 0.45, 1.3, 0.5);
  }
}

/** Vibrates where the phone allows it (not on iPhones, and only after the visitor has tapped the page). */
export function vibrate(kind: Alert): void {
  if (!('vibrate' in navigator)) return;
  try {
    navigator.vibrate(kind === 'call' ? [500, 200, 500, 200, 500] : [300, 150, 300]);
  } catch {
    // A browser that refuses (no user gesture yet) simply does not vibrate.
  }
}
