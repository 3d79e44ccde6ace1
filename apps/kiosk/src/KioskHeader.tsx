import type { PublicOffice } from '@aufruf/protocol';
import { OfficeClock } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';

/** Office name and clock at the top of every kiosk screen. */
export function KioskHeader({
  office,
  now,
  language,
}: {
  office: PublicOffice;
  now: number;
  language: Language;
}) {
  return (
    <header className="kiosk-header">
      <p className="kiosk-office">{office.name}</p>
      <OfficeClock className="kiosk-clock" now={now} timeZone={office.timeZone} language={language} />
    </header>
  );
}
