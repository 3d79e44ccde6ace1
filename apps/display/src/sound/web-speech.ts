import { logAudio } from './audio-log.ts';

/** An installed browser voice for the language, if the browser has one (many TVs and Chromium have none). */
export function browserVoice(language: string): SpeechSynthesisVoice | null {
  if (typeof speechSynthesis === 'undefined') return null;
  const voices = speechSynthesis.getVoices();
  const matching = voices.filter((voice) => voice.lang.toLowerCase().startsWith(language));
  // A voice on this machine works offline; a network voice would need the internet the office lacks.
  return matching.find((voice) => voice.localService) ?? null;
}

/** Speaks a sentence with a browser voice; resolves when it is done (or failed, or took far too long). */
export function speakWithBrowser(text: string, voice: SpeechSynthesisVoice, volume: number): Promise<void> {
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.volume = volume;
    utterance.rate = 0.9;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearTimeout(watchdog);
      logAudio('web-speech', text, 'end');
      resolve();
    };
    // Some engines never report the end of an utterance: the queue must move on regardless.
    const watchdog = setTimeout(finish, 3000 + text.length * 200);
    utterance.onend = finish;
    utterance.onerror = finish;
    logAudio('web-speech', text, 'start');
    speechSynthesis.speak(utterance);
  });
}
