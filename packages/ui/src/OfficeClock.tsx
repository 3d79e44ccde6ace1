import type { Language } from './i18n.ts';
import { formatClock, formatLongDate } from './time-format.ts';

/** The office's date and time, from hub time, in the office's time zone. */
export function OfficeClock({
  now,
  timeZone,
  language = 'de',
  showDate = true,
  className,
}: {
  now: number;
  timeZone: string;
  language?: Language;
  showDate?: boolean;
  className?: string;
}) {
  return (
    <time
      className={className ? `office-clock ${className}` : 'office-clock'}
      dateTime={new Date(now).toISOString()}
    >
      {showDate ? <span className="office-clock-date">{formatLongDate(now, timeZone, language)}</span> : null}
      <span className="office-clock-time">{formatClock(now, timeZone, language)}</span>
    </time>
  );
}
