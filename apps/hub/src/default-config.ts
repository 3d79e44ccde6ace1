import type { ConfigInput } from './config-schema.ts';

/** The office Aufruf starts with when no config file is given: four places, the usual walk-in errands. */
export const defaultConfig = {
  office: { name: 'Bürgerbüro Musterstadt', timeZone: 'Europe/Berlin' },
  errands: [
    {
      id: 'ausweis',
      letter: 'A',
      name: { de: 'Personalausweis / Reisepass', en: 'ID card / passport' },
      hint: { de: 'Beantragung, Abholung, vorläufiger Ausweis', en: 'Application, collection, temporary ID' },
    },
    {
      id: 'melde',
      letter: 'M',
      name: { de: 'Meldeangelegenheiten', en: 'Registration of address' },
      hint: {
        de: 'Anmeldung, Ummeldung, Meldebescheinigung',
        en: 'Register, change of address, certificate',
      },
    },
    {
      id: 'fuehrerschein',
      letter: 'F',
      name: { de: 'Führerschein', en: 'Driving licence' },
      hint: { de: 'Umtausch, internationaler Führerschein', en: 'Exchange, international driving permit' },
    },
    {
      id: 'gewerbe',
      letter: 'G',
      name: { de: 'Gewerbe', en: 'Business registration' },
      hint: { de: 'Anmeldung, Ummeldung, Abmeldung', en: 'Register, change, deregister' },
    },
    {
      id: 'sonstiges',
      letter: 'S',
      name: { de: 'Sonstiges', en: 'Other matters' },
      hint: { de: 'Beglaubigungen, Fundsachen, Auskünfte', en: 'Certifications, lost property, information' },
    },
  ],
  places: [
    { id: 'platz-1', name: 'Platz 1' },
    { id: 'platz-2', name: 'Platz 2' },
    { id: 'platz-3', name: 'Platz 3' },
    { id: 'platz-4', name: 'Platz 4' },
  ],
  server: { host: '0.0.0.0', port: 8080, dataDir: './data' },
} satisfies ConfigInput;
