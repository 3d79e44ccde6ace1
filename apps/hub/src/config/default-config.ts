import type { ConfigInput } from './config-schema.ts';

/** The office Aufruf starts with when no config file is given: four places, the usual walk-in errands. */
export const defaultConfig = {
  office: { name: 'Bürgerbüro Musterstadt', timeZone: 'Europe/Berlin' },
  errands: [
    {
      id: 'ausweis',
      letter: 'A',
      name: {
        de: 'Personalausweis / Reisepass',
        en: 'ID card / passport',
        tr: 'Kimlik kartı / pasaport',
        ar: 'بطاقة الهوية / جواز السفر',
        uk: 'Посвідчення особи / паспорт',
      },
      hint: {
        de: 'Beantragung, Abholung, vorläufiger Ausweis',
        en: 'Application, collection, temporary ID',
        tr: 'Başvuru, teslim alma, geçici kimlik',
        ar: 'تقديم الطلب، الاستلام، هوية مؤقتة',
        uk: 'Подання заяви, отримання, тимчасове посвідчення',
      },
    },
    {
      id: 'melde',
      letter: 'M',
      name: {
        de: 'Meldeangelegenheiten',
        en: 'Registration of address',
        tr: 'Adres kaydı',
        ar: 'تسجيل السكن',
        uk: 'Реєстрація місця проживання',
      },
      hint: {
        de: 'Anmeldung, Ummeldung, Meldebescheinigung',
        en: 'Register, change of address, certificate',
        tr: 'Kayıt, adres değişikliği, ikamet belgesi',
        ar: 'التسجيل، تغيير العنوان، شهادة السكن',
        uk: 'Реєстрація, зміна адреси, довідка',
      },
    },
    {
      id: 'fuehrerschein',
      letter: 'F',
      name: {
        de: 'Führerschein',
        en: 'Driving licence',
        tr: 'Sürücü belgesi',
        ar: 'رخصة القيادة',
        uk: 'Посвідчення водія',
      },
      hint: {
        de: 'Umtausch, internationaler Führerschein',
        en: 'Exchange, international driving permit',
        tr: 'Değişim, uluslararası sürücü belgesi',
        ar: 'الاستبدال، رخصة القيادة الدولية',
        uk: 'Обмін, міжнародне посвідчення водія',
      },
    },
    {
      id: 'gewerbe',
      letter: 'G',
      name: {
        de: 'Gewerbe',
        en: 'Business registration',
        tr: 'İşletme kaydı',
        ar: 'تسجيل النشاط التجاري',
        uk: 'Реєстрація підприємницької діяльності',
      },
      hint: {
        de: 'Anmeldung, Ummeldung, Abmeldung',
        en: 'Register, change, deregister',
        tr: 'Kayıt, değişiklik, kapanış',
        ar: 'التسجيل، التعديل، الإلغاء',
        uk: 'Реєстрація, зміни, припинення',
      },
    },
    {
      id: 'sonstiges',
      letter: 'S',
      name: {
        de: 'Sonstiges',
        en: 'Other matters',
        tr: 'Diğer işlemler',
        ar: 'معاملات أخرى',
        uk: 'Інші питання',
      },
      hint: {
        de: 'Beglaubigungen, Fundsachen, Auskünfte',
        en: 'Certifications, lost property, information',
        tr: 'Onaylar, kayıp eşya, bilgi',
        ar: 'التصديقات، المفقودات، الاستعلامات',
        uk: 'Засвідчення, знахідки, довідки',
      },
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
