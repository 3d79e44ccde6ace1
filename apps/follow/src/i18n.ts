import { createTranslator, isLanguage } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';

/** Every word the follow page shows. German first, formal "Sie", plain words. */
const de = {
  cancelled: 'Ihre Nummer wurde storniert',
  cancelledNote:
    'Das Bürgerbüro hat diese Nummer beendet. Bei Fragen wenden Sie sich bitte an die Information.',
  dayClosed: 'Das Bürgerbüro hat für heute geschlossen',
  dayClosedNote:
    'Ihre Nummer gilt heute nicht mehr. Bitte kommen Sie zu einer der nächsten Öffnungszeiten wieder.',
  pageTitle: 'Ihre Nummer – Aufruf',
  pageTitleCalled: 'Sie sind dran – {number}',
  yourNumber: 'Ihre Nummer',
  estimateLabel: 'Geschätzte Wartezeit',
  leaveNote: 'Sie können den Wartebereich verlassen – wir sagen Ihnen hier rechtzeitig Bescheid.',
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
  languageLabel: 'Sprache',
  privacy: 'Ohne Anmeldung. Diese Seite speichert keine persönlichen Daten.',
} as const;

export type FollowKey = keyof typeof de;

const en: Record<FollowKey, string> = {
  cancelled: 'Your number was cancelled',
  cancelledNote:
    'The office has ended this number. If you have questions, please ask at the information desk.',
  dayClosed: 'The office has closed for today',
  dayClosedNote: 'Your number is no longer valid today. Please come back during the next opening hours.',
  pageTitle: 'Your number – Aufruf',
  pageTitleCalled: 'It’s your turn – {number}',
  yourNumber: 'Your number',
  estimateLabel: 'Estimated wait',
  leaveNote: 'You may leave the waiting area – we will tell you here in good time.',
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
  languageLabel: 'Language',
  privacy: 'No sign-in. This page stores no personal data.',
};

const tr: Record<FollowKey, string> = {
  cancelled: 'Numaranız iptal edildi',
  cancelledNote: 'Daire bu numarayı sonlandırdı. Sorularınız için lütfen danışmaya başvurun.',
  dayClosed: 'Daire bugün için kapandı',
  dayClosedNote: 'Numaranız bugün artık geçerli değil. Lütfen bir sonraki çalışma saatlerinde tekrar gelin.',
  pageTitle: 'Numaranız – Aufruf',
  pageTitleCalled: 'Sıra sizde – {number}',
  yourNumber: 'Numaranız',
  estimateLabel: 'Tahmini bekleme süresi',
  leaveNote: 'Bekleme alanından ayrılabilirsiniz – size burada zamanında haber vereceğiz.',
  keepOpen: 'Bunun için bu sayfayı açık bırakın.',
  comeBack: 'Lütfen şimdi geri gelin',
  comeBackNote: 'Sıra yakında size gelecek.',
  called: 'Sıra sizde:',
  calledNoPlace: 'Sıra sizde',
  calledGo: 'Lütfen şimdi {place} gişesine gidin.',
  recalled: 'Tekrar çağrı',
  served: 'Ziyaretiniz için teşekkür ederiz',
  servedNote: 'İşleminiz tamamlandı. Bu sayfayı kapatabilirsiniz.',
  noShow: 'Numaranız çağrıldı, ancak orada değildiniz',
  noShowNote: 'Lütfen danışmaya başvurun.',
  notCurrent: 'Bu numara artık geçerli değil',
  notCurrentNote: 'Hâlâ bekliyorsanız lütfen otomattan yeni bir numara alın veya danışmaya başvurun.',
  connecting: 'Bağlanıyor …',
  live: 'güncel',
  offline: 'Bağlantı kesildi – yeniden bağlanılıyor',
  soundOn: 'Sesi aç',
  soundHint: 'Sıra size geldiğinde telefonunuz bir ses çalar.',
  soundIsOn: 'Ses açık.',
  soundOff: 'Sesi kapat',
  languageLabel: 'Dil',
  privacy: 'Giriş gerekmez. Bu sayfa kişisel veri saklamaz.',
};

const ar: Record<FollowKey, string> = {
  cancelled: 'تم إلغاء رقمك',
  cancelledNote: 'أنهى المكتب هذا الرقم. إذا كانت لديك أسئلة، يرجى التوجه إلى مكتب الاستعلامات.',
  dayClosed: 'أغلق المكتب لهذا اليوم',
  dayClosedNote: 'رقمك لم يعد صالحًا اليوم. يرجى العودة في أوقات العمل القادمة.',
  pageTitle: 'رقمك – Aufruf',
  pageTitleCalled: 'حان دورك – {number}',
  yourNumber: 'رقمك',
  estimateLabel: 'مدة الانتظار المتوقعة',
  leaveNote: 'يمكنك مغادرة منطقة الانتظار – سنخبرك هنا في الوقت المناسب.',
  keepOpen: 'لذلك اترك هذه الصفحة مفتوحة.',
  comeBack: 'يرجى العودة الآن',
  comeBackNote: 'سيحين دورك قريبًا.',
  called: 'حان دورك:',
  calledNoPlace: 'حان دورك',
  calledGo: 'يرجى التوجه الآن إلى {place}.',
  recalled: 'نداء مرة أخرى',
  served: 'شكرًا لزيارتك',
  servedNote: 'تمت معاملتك. يمكنك إغلاق هذه الصفحة.',
  noShow: 'تم نداء رقمك، لكنك لم تكن موجودًا',
  noShowNote: 'يرجى التوجه إلى مكتب الاستعلامات.',
  notCurrent: 'هذا الرقم لم يعد صالحًا',
  notCurrentNote: 'إذا كنت لا تزال تنتظر، يرجى سحب رقم جديد من الجهاز أو التوجه إلى مكتب الاستعلامات.',
  connecting: 'جارٍ الاتصال …',
  live: 'محدّث',
  offline: 'انقطع الاتصال – جارٍ إعادة الاتصال',
  soundOn: 'تشغيل الصوت',
  soundHint: 'سيصدر هاتفك صوتًا عندما يحين دورك.',
  soundIsOn: 'الصوت مُشغّل.',
  soundOff: 'إيقاف الصوت',
  languageLabel: 'اللغة',
  privacy: 'دون تسجيل دخول. لا تحفظ هذه الصفحة أي بيانات شخصية.',
};

const uk: Record<FollowKey, string> = {
  cancelled: 'Ваш номер анульовано',
  cancelledNote: 'Установа завершила цей номер. Якщо маєте запитання, зверніться, будь ласка, до довідкової.',
  dayClosed: 'Установа сьогодні вже зачинена',
  dayClosedNote: 'Ваш номер сьогодні більше не дійсний. Будь ласка, приходьте в найближчі години прийому.',
  pageTitle: 'Ваш номер – Aufruf',
  pageTitleCalled: 'Ваша черга – {number}',
  yourNumber: 'Ваш номер',
  estimateLabel: 'Орієнтовний час очікування',
  leaveNote: 'Ви можете вийти із зони очікування – ми вчасно повідомимо Вас тут.',
  keepOpen: 'Для цього залиште сторінку відкритою.',
  comeBack: 'Будь ласка, поверніться зараз',
  comeBackNote: 'Незабаром Ваша черга.',
  called: 'Ваша черга:',
  calledNoPlace: 'Ваша черга',
  calledGo: 'Будь ласка, пройдіть зараз до {place}.',
  recalled: 'Повторний виклик',
  served: 'Дякуємо за візит',
  servedNote: 'Вашу справу завершено. Ви можете закрити цю сторінку.',
  noShow: 'Ваш номер викликали, але Вас не було',
  noShowNote: 'Будь ласка, зверніться до довідкової.',
  notCurrent: 'Цей номер більше не дійсний',
  notCurrentNote:
    'Якщо Ви ще чекаєте, отримайте, будь ласка, новий номер в автоматі або зверніться до довідкової.',
  connecting: 'Підключення …',
  live: 'актуально',
  offline: 'Зʼєднання перервано – відновлюється',
  soundOn: 'Увімкнути звук',
  soundHint: 'Тоді Ваш телефон подасть сигнал, коли настане Ваша черга.',
  soundIsOn: 'Звук увімкнено.',
  soundOff: 'Вимкнути звук',
  languageLabel: 'Мова',
  privacy: 'Без входу. Ця сторінка не зберігає особистих даних.',
};

export type Translate = ReturnType<typeof translator>;

/** The page's words in one language. */
export const translator = (language: Language) =>
  createTranslator<FollowKey>({ de, en, tr, ar, uk }, language);

/** The visitor's choice, else the phone's language where the page has it, else English. */
export function pickLanguage(stored: string | null, browserLanguage: string | undefined): Language {
  if (isLanguage(stored)) return stored;
  const phone = browserLanguage?.toLowerCase().slice(0, 2);
  return isLanguage(phone) ? phone : 'en';
}
