import { createTranslator } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';

/** Every word the waiting-room display shows. German first, formal "Sie", plain words. */
const de = {
  pageTitle: 'Aufruf-Anzeige – Aufruf',
  currentCall: 'Aktueller Aufruf',
  recall: 'Erneuter Aufruf',
  toPlace: 'bitte zu',
  recentCalls: 'Letzte Aufrufe',
  noRecentCalls: 'Frühere Aufrufe erscheinen hier.',
  welcome: 'Willkommen',
  welcomeText: 'Die Aufrufe erscheinen hier.',
  welcomeHint: 'Bitte ziehen Sie am Automaten eine Nummer.',
  waiting: 'Wartend',
  advice: 'Sie können im Saal nebenan warten – Ihre Nummer wird dort ebenfalls angezeigt',
  staffPrinter: 'Hinweis für das Personal – Drucker gestört: {printers}',
  stale: 'Anzeige nicht aktuell',
  connecting: 'Verbindung wird hergestellt …',
  soundTitle: 'Aufrufe auch hören',
  soundText:
    'Diese Anzeige kündigt jeden Aufruf mit einem Gong an und sagt die Nummer an – auch für den Saal nebenan. Der Browser erlaubt Ton erst nach einem Klick.',
  soundEnable: 'Ton aktivieren',
  soundDismiss: 'Ohne Ton fortfahren',
  soundSilent: 'Anzeige stumm',
  soundBlocked: 'Ton blockiert – einmal tippen oder eine Taste drücken',
  soundUnsupported: 'Ton wird von diesem Browser nicht unterstützt',
  soundSettings: 'Ton',
  soundVolume: 'Lautstärke',
  soundTest: 'Probeton',
  pairTitle: 'Diesen Bildschirm als Anzeige freigeben',
  pairCode: 'Kopplungscode',
  pairHint: 'Öffnen Sie den Kopplungslink aus der Verwaltung oder geben Sie den Code ein (8 Zeichen).',
  pairSubmit: 'Freigeben',
  pairBusy: 'Wird geprüft …',
  pairRequired: 'Dieser Bildschirm ist noch nicht als Anzeige freigegeben.',
  pairRevoked: 'Die Freigabe dieses Bildschirms wurde aufgehoben.',
  pairUnknown: 'Der Server kennt diesen Bildschirm nicht mehr.',
  pairWrongRole: 'Dieser Bildschirm ist nicht als Anzeige gekoppelt.',
  pairInvalid: 'Die Anmeldung beim Server ist fehlgeschlagen.',
} as const;

export type DisplayKey = keyof typeof de;

const en: Record<DisplayKey, string> = {
  pageTitle: 'Call display – Aufruf',
  currentCall: 'Current call',
  recall: 'Called again',
  toPlace: 'please go to',
  recentCalls: 'Recent calls',
  noRecentCalls: 'Earlier calls appear here.',
  welcome: 'Welcome',
  welcomeText: 'Calls will appear here.',
  welcomeHint: 'Please take a number at the ticket machine.',
  waiting: 'Waiting',
  advice: 'You may wait in the hall next door – your number is shown there as well',
  staffPrinter: 'Note for staff – printer needs attention: {printers}',
  stale: 'display not up to date',
  connecting: 'Connecting …',
  soundTitle: 'Hear the calls as well',
  soundText:
    'This display announces every call with a gong and a voice – also for the hall next door. The browser allows sound only after a click.',
  soundEnable: 'Turn sound on',
  soundDismiss: 'Continue without sound',
  soundSilent: 'Display is silent',
  soundBlocked: 'Sound blocked – tap once or press a key',
  soundUnsupported: 'This browser cannot play sound',
  soundSettings: 'Sound',
  soundVolume: 'Volume',
  soundTest: 'Test sound',
  pairTitle: 'Set up this screen as a call display',
  pairCode: 'Pairing code',
  pairHint: 'Open the pairing link from the administration or enter the code (8 characters).',
  pairSubmit: 'Set up',
  pairBusy: 'Checking …',
  pairRequired: 'This screen has not been set up as a call display yet.',
  pairRevoked: 'This screen is no longer allowed.',
  pairUnknown: 'The server no longer knows this screen.',
  pairWrongRole: 'This screen is paired for another role, not as a call display.',
  pairInvalid: 'Signing in to the server failed.',
};

export type Translate = (key: DisplayKey, params?: Readonly<Record<string, string | number>>) => string;

/** The display's translator for one language. */
export const displayTranslator = (language: Language): Translate =>
  createTranslator<DisplayKey>({ de, en }, language);
