import type { StatsTable } from '@aufruf/protocol';
import type { CsvFormat } from '../admin-api.ts';
import { CsvButton } from './CsvButton.tsx';

/** A statistics section's heading with the CSV download of its table. */
export function SectionHead({
  id,
  title,
  table,
  from,
  to,
  format,
}: {
  id: string;
  title: string;
  table: StatsTable;
  from: string;
  to: string;
  format: CsvFormat;
}) {
  return (
    <div className="card__head">
      <h3 id={id} className="card__title">
        {title}
      </h3>
      <CsvButton table={table} title={title} from={from} to={to} format={format} />
    </div>
  );
}
