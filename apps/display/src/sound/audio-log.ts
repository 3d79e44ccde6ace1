/** What made a sound: the gong, one recorded clip, or an utterance of an installed browser voice. */
export type AudioLogKind = 'gong' | 'clip' | 'web-speech';

/** One start or end of a sound, as the display played it. */
export interface AudioLogEntry {
  /** Counts every entry since the page loaded, also those the log has already let go. */
  readonly seq: number;
  readonly kind: AudioLogKind;
  /** `gong`, the clip as `<lang>/<clip id>` (e.g. `de/number-17-mid`), or the sentence spoken. */
  readonly name: string;
  readonly event: 'start' | 'end';
  /** Wall-clock time in ms. */
  readonly at: number;
}

declare global {
  interface Window {
    /**
     * What the display played, for people and tests who cannot listen (a TV on a ward, a headless
     * browser). Read it from the developer console: `__aufrufAudioLog.slice(-20)`.
     */
    __aufrufAudioLog?: AudioLogEntry[];
  }
}

/** A display runs all day: the log keeps the latest entries only, so it never grows without bound. */
const LOG_LIMIT = 600;

let seq = 0;

/** Records that a sound started or ended. */
export function logAudio(kind: AudioLogKind, name: string, event: 'start' | 'end'): void {
  const log = (window.__aufrufAudioLog ??= []);
  log.push({ seq: ++seq, kind, name, event, at: Date.now() });
  if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
}
