import type { CsvFormat } from '../admin-api.ts';
import { useI18n } from '../i18n-context.ts';

const FORMATS = [
  { format: 'excel', label: 'csvExcel' },
  { format: 'standard', label: 'csvStandard' },
] as const;

/** Semicolons for a German Excel, commas for everything else; one choice for every download. */
export function CsvFormatPicker({
  format,
  onChange,
}: {
  format: CsvFormat;
  onChange: (f: CsvFormat) => void;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="csv-format">
      <legend className="csv-format__legend">{t('csvFormat')}</legend>
      {FORMATS.map((option) => (
        <label key={option.format} className="choice choice--compact">
          <input
            type="radio"
            name="csv-format"
            value={option.format}
            checked={format === option.format}
            onChange={() => onChange(option.format)}
          />
          <span>{t(option.label)}</span>
        </label>
      ))}
    </fieldset>
  );
}
