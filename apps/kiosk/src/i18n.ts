import { createTranslator } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';

/** Every word the kiosk shows. German first, formal "Sie", plain words. */
const de = {
  pageTitle: 'Nummer ziehen – Aufruf',
  chooseErrand: 'Bitte wählen Sie Ihr Anliegen',
  waiting: 'wartend',
  drawing: 'Ihre Nummer wird gezogen …',
  connecting: 'Einen Moment bitte – die Verbindung wird hergestellt.',
  offlineTitle: 'Zurzeit können keine Nummern gezogen werden.',
  offlineAdvice: 'Bitte wenden Sie sich an den Schalter.',
  languageLabel: 'Sprache',
  yourNumber: 'Ihre Nummer',
  ahead: 'Vor Ihnen: {count}',
  drawnAt: 'Gezogen am {date} um {time} Uhr',
  printing: 'Ihr Ticket wird gedruckt …',
  takeTicket: 'Bitte entnehmen Sie Ihr Ticket',
  printFailed: 'Ticketdruck gerade nicht möglich – bitte merken Sie sich Ihre Nummer',
  rememberNumber: 'Bitte merken Sie sich Ihre Nummer. Sie wird im Wartebereich angezeigt.',
  ticketPreview: 'So sieht Ihr Ticket aus',
  ticketAhead: 'Vor Ihnen: {count}',
  ticketTime: '{date}, {time} Uhr',
  ticketFooter: 'Bitte achten Sie auf die Anzeige.',
  countdown: 'Startseite in {seconds} s',
  done: 'Fertig',
  errorTitle: 'Leider konnte keine Nummer gezogen werden',
  errorAdvice: 'Bitte versuchen Sie es noch einmal oder wenden Sie sich an den Schalter.',
  errorUnreachable: 'Der Server antwortet gerade nicht.',
  errorRangeExhausted: 'Für dieses Anliegen sind heute keine Nummern mehr frei.',
  errorUnknownErrand: 'Dieses Anliegen gibt es nicht mehr.',
  back: 'Zurück',
  pairTitle: 'Diesen Bildschirm als Kiosk freigeben',
  pairCode: 'Kopplungscode',
  pairHint: 'Geben Sie den Kopplungscode ein, den Sie von der Verwaltung erhalten haben (8 Zeichen).',
  pairSubmit: 'Freigeben',
  pairBusy: 'Wird geprüft …',
  pairRequired: 'Dieses Gerät ist noch nicht als Kiosk freigegeben.',
  pairRevoked: 'Die Freigabe dieses Geräts wurde aufgehoben.',
  pairUnknown: 'Der Server kennt dieses Gerät nicht mehr.',
  pairWrongRole: 'Dieses Gerät ist nicht als Kiosk gekoppelt.',
  pairInvalid: 'Die Anmeldung beim Server ist fehlgeschlagen.',
} as const;

export type KioskKey = keyof typeof de;

const en: Record<KioskKey, string> = {
  pageTitle: 'Take a number – Aufruf',
  chooseErrand: 'Please choose your errand',
  waiting: 'waiting',
  drawing: 'Getting your number …',
  connecting: 'One moment please – connecting.',
  offlineTitle: 'Numbers cannot be issued right now.',
  offlineAdvice: 'Please ask at the counter.',
  languageLabel: 'Language',
  yourNumber: 'Your number',
  ahead: 'Ahead of you: {count}',
  drawnAt: 'Taken on {date} at {time}',
  printing: 'Your ticket is being printed …',
  takeTicket: 'Please take your ticket',
  printFailed: 'Ticket printing is unavailable – please note your number',
  rememberNumber: 'Please remember your number. It will be shown in the waiting area.',
  ticketPreview: 'This is your ticket',
  ticketAhead: 'Ahead of you: {count}',
  ticketTime: '{date}, {time}',
  ticketFooter: 'Please watch the display.',
  countdown: 'Start screen in {seconds} s',
  done: 'Done',
  errorTitle: 'Sorry, we could not issue a number',
  errorAdvice: 'Please try again or ask at the counter.',
  errorUnreachable: 'The server is not responding right now.',
  errorRangeExhausted: 'No more numbers are available for this errand today.',
  errorUnknownErrand: 'This errand is no longer offered.',
  back: 'Back',
  pairTitle: 'Set up this screen as a kiosk',
  pairCode: 'Pairing code',
  pairHint: 'Enter the pairing code you received from the administration (8 characters).',
  pairSubmit: 'Set up',
  pairBusy: 'Checking …',
  pairRequired: 'This device has not been set up as a kiosk yet.',
  pairRevoked: 'This device is no longer allowed.',
  pairUnknown: 'The server no longer knows this device.',
  pairWrongRole: 'This device is paired for another role, not as a kiosk.',
  pairInvalid: 'Signing in to the server failed.',
};

export type Translate = ReturnType<typeof createTranslator<KioskKey>>;

/** The kiosk's translator for one language. */
export const kioskTranslator = (language: Language): Translate =>
  createTranslator<KioskKey>({ de, en }, language);

/** Each language button names its language in that language, so a visitor finds their own. */
export const languageNames: Record<Language, string> = { de: 'Deutsch', en: 'English' };
