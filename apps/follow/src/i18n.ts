import { createTranslator } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';

/** Every word the follow page shows. German first, formal "Sie", plain words. */
const de = {
  pageTitle: 'Ihre Nummer – Aufruf',
  pageTitleCalled: 'Sie sind dran – {number}',
  yourNumber: 'Ihre Nummer',
  ahead: 'Vor Ihnen: {count}',
  next: 'Sie sind als Nächstes dran',
  estimateLabel: 'Geschätzte Wartezeit',
  estimateRange: 'ca. {min}–{max} Minuten',
  estimateUpTo: 'bis ca. {max} Minuten',
  estimateAbout: 'ca. {minutes} Minuten',
  leaveNote: 'Sie können den Warteraum verlassen. Diese Seite zeigt Ihnen, wann Sie dran sind.',
  keepOpen: 'Lassen Sie diese Seite dafür geöffnet.',
  comeBack: 'Bitte kommen Sie jetzt zurück',
  comeBackNote: 'Sie sind bald an der Reihe.',
  called: 'Sie sind dran:',
  calledNoPlace: 'Sie sind dran',
  calledGo: 'Bitte gehen Sie jetzt zu {place}.',
  recalled: 'Erneuter Aufruf',
  served: 'Vielen Dank für Ihren Besuch',
  servedNote: 'Ihr Anliegen ist erledigt. Sie können diese Seite schließen.',
  noShow: 'Ihre Nummer wurde aufgerufen, Sie waren nicht da',
  noShowNote: 'Bitte wenden Sie sich an die Information.',
  notCurrent: 'Diese Nummer ist nicht mehr aktuell',
  notCurrentNote:
    'Falls Sie noch warten: Bitte ziehen Sie am Automaten eine neue Nummer oder wenden Sie sich an die Information.',
  connecting: 'Verbindung wird hergestellt …',
  live: 'aktuell',
  offline: 'Verbindung unterbrochen – wird wiederhergestellt',
  soundOn: 'Ton einschalten',
  soundHint: 'Dann spielt Ihr Handy einen Ton, wenn Sie dran sind.',
  soundIsOn: 'Der Ton ist eingeschaltet.',
  soundOff: 'Ton ausschalten',
  otherLanguage: 'English',
  privacy: 'Ohne Anmeldung. Diese Seite speichert keine persönlichen Daten.',
} as const;

export type FollowKey = keyof typeof de;

const en: Record<FollowKey, string> = {
  pageTitle: 'Your number – Aufruf',
  pageTitleCalled: 'It’s your turn – {number}',
  yourNumber: 'Your number',
  ahead: 'Ahead of you: {count}',
  next: 'You are next',
  estimateLabel: 'Estimated wait',
  estimateRange: 'about {min}–{max} minutes',
  estimateUpTo: 'up to about {max} minutes',
  estimateAbout: 'about {minutes} minutes',
  leaveNote: 'You may leave the waiting room. This page tells you when it is your turn.',
  keepOpen: 'Please keep this page open.',
  comeBack: 'Please come back now',
  comeBackNote: 'It will be your turn soon.',
  called: 'It’s your turn:',
  calledNoPlace: 'It’s your turn',
  calledGo: 'Please go to {place} now.',
  recalled: 'Called again',
  served: 'Thank you for your visit',
  servedNote: 'Your errand is done. You can close this page.',
  noShow: 'Your number was called, but you were not there',
  noShowNote: 'Please ask at the information desk.',
  notCurrent: 'This number is no longer current',
  notCurrentNote:
    'If you are still waiting, please take a new number at the ticket machine or ask at the information desk.',
  connecting: 'Connecting …',
  live: 'up to date',
  offline: 'Connection lost – reconnecting',
  soundOn: 'Turn on sound',
  soundHint: 'Your phone will then play a sound when it is your turn.',
  soundIsOn: 'Sound is on.',
  soundOff: 'Turn off sound',
  otherLanguage: 'Deutsch',
  privacy: 'No sign-in. This page stores no personal data.',
};

export type Translate = ReturnType<typeof translator>;

/** The page's words in one language. */
export const translator = (language: Language) => createTranslator<FollowKey>({ de, en }, language);

/** German for German-speaking phones, English for every other: the visitor can switch either way. */
export function pickLanguage(stored: string | null, browserLanguage: string | undefined): Language {
  if (stored === 'de' || stored === 'en') return stored;
  return browserLanguage?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export const otherLanguage = (language: Language): Language => (language === 'de' ? 'en' : 'de');
