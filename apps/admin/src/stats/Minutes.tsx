import { formatNumber } from '../format.ts';
import { useI18n } from '../i18n-context.ts';

/** A time in minutes from the statistics; a dash (read out as "keine Angabe") when there is none. */
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
  return <>{t('minutesValue', { value: formatNumber(value, language) })}</>;
}
