import type { CsvFormat, StatsReport, StatsTable } from '@aufruf/protocol';

type Cell = string | number | null;

const MINUTES = ['Median (Min.)', '90 % (Min.)', 'max. (Min.)'] as const;
const durations = (what: string): string[] => MINUTES.map((m) => `${what} ${m}`);
const figures = (f: StatsReport['waits']): Cell[] => [f.medianMinutes, f.p90Minutes, f.maxMinutes];
const COUNTS = ['Tickets', 'Bedient', 'Nicht erschienen', 'Offen bei Tagesschluss'];
const hourLabel = (hour: number): string =>
  `${String(hour).padStart(2, '0')}:00–${String((hour + 1) % 24).padStart(2, '0')}:00`;

/** The header and rows of one table of the report; German headers, as the office reads them. */
export function statsRows(report: StatsReport, table: StatsTable): Cell[][] {
  switch (table) {
    case 'days':
      return [
        ['Tag', ...COUNTS],
        ...report.byDay.map((d) => [d.day, d.tickets, d.served, d.noShow, d.expired]),
      ];
    case 'errands':
      return [
        ['Anliegen', ...COUNTS, ...durations('Wartezeit'), ...durations('Bearbeitungszeit')],
        ...report.byErrand.map((e) => [
          e.name,
          e.tickets,
          e.served,
          e.noShow,
          e.expired,
          ...figures(e.waits),
          ...figures(e.service),
        ]),
      ];
    case 'places':
      return [
        ['Platz', 'Bedient', 'Nicht erschienen', ...durations('Bearbeitungszeit')],
        ...report.byPlace.map((p) => [p.name, p.served, p.noShow, ...figures(p.service)]),
      ];
    case 'hours':
      return [['Uhrzeit', 'Tickets'], ...report.byHour.map((h) => [hourLabel(h.hour), h.tickets])];
  }
}

/** Text that a spreadsheet would run as a formula (OWASP "CSV injection"): =, +, -, @, tab, CR first. */
const FORMULA_START = /^[=+\-@\t\r]/;

const quoted = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/**
 * One field: numbers in the format's decimal mark; text quoted (RFC 4180) when it holds the separator,
 * a quote or a line break. Text that would start a formula (an errand named "=1+1", "-Sonstiges",
 * "@Team") gets a leading ' and quotes, as OWASP recommends, so Excel and LibreOffice show it as text.
 */
export function csvField(value: Cell, format: CsvFormat): string {
  if (value === null) return '';
  if (typeof value === 'number') return format === 'excel' ? String(value).replace('.', ',') : String(value);
  if (FORMULA_START.test(value)) return quoted(`'${value}`);
  const separator = format === 'excel' ? ';' : ',';
  return value.includes(separator) || /["\r\n]/.test(value) ? quoted(value) : value;
}

/**
 * A table of the report as CSV. excel: `;` and decimal comma (German Excel's list separator) and a
 * UTF-8 BOM, without which Excel reads "Führerschein" as Windows-1252; standard: `,`, decimal point,
 * no BOM. Lines end in CRLF as RFC 4180 says.
 */
export function statsCsv(report: StatsReport, table: StatsTable, format: CsvFormat): string {
  const separator = format === 'excel' ? ';' : ',';
  const lines = statsRows(report, table).map((row) =>
    row.map((cell) => csvField(cell, format)).join(separator),
  );
  return `${format === 'excel' ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
