import { formatMinutesFigure } from '../format.ts';
import { useI18n } from '../i18n-context.ts';

/** A time from the statistics ("45 s", "4,5 Min."); a dash (read out as "keine Angabe") when there is none. */
export function Minutes({ value }: { value: number | null }) {
  const { t, language } = useI18n();
  if (value === null) {
    return (
      <>
        <span aria-hidden="true">{t('noValue')}</span>
        <span className="visually-hidden">{t('noValueLabel')}</span>
      </>
    );
  }
  return <>{formatMinutesFigure(value, language, t)}</>;
}
