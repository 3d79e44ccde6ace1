import { useState } from 'react';
import type { StatsTable } from '@aufruf/protocol';
import { fetchCsv } from '../admin-api.ts';
import type { CsvFormat } from '../admin-api.ts';
import { useAdmin } from '../admin-context.ts';
import { apiErrorKey } from '../api-error.ts';
import { useI18n } from '../i18n-context.ts';
import type { MessageKey } from '../i18n.ts';

/** Hands a file to the browser's download. */
export function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads one statistics table as CSV; the request carries the admin key, so it goes through fetch. */
export function CsvButton({
  table,
  title,
  from,
  to,
  format,
}: {
  table: StatsTable;
  /** The table's heading, for the button's accessible name. */
  title: string;
  from: string;
  to: string;
  format: CsvFormat;
}) {
  const { t } = useI18n();
  const { secret, onUnauthorized } = useAdmin();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  const download = (): void => {
    setBusy(true);
    setError(null);
    void fetchCsv(secret, { from, to, table, format }).then((result) => {
      setBusy(false);
      if (result.ok) save(result.value.blob, result.value.fileName);
      else if (result.status === 401) onUnauthorized();
      else setError(result.status === 404 ? 'statsMissing' : apiErrorKey(result));
    });
  };

  return (
    <span className="csv-button">
      <button
        type="button"
        className="button button--quiet"
        onClick={download}
        disabled={busy}
        aria-label={`${busy ? t('csvBusy') : t('csvDownload')}: ${title}`}
      >
        {busy ? t('csvBusy') : t('csvDownload')}
      </button>
      {error ? (
        <span className="alert alert--inline" role="alert">
          {t(error)}
        </span>
      ) : null}
    </span>
  );
}
