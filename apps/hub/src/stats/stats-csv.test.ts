import { statsReportSchema } from '@aufruf/protocol';
import type { StatsFigures } from '@aufruf/store';
import { describe, expect, it } from 'vitest';
import { csvField, statsCsv } from './stats-csv.ts';
import { statsReport } from './stats-report.ts';

const none = { medianMinutes: null, p90Minutes: null, maxMinutes: null };
const figures: StatsFigures = {
  from: '2025-03-10',
  to: '2025-03-11',
  totals: { tickets: 5, served: 3, noShow: 1, expired: 1 },
  waits: { medianMinutes: 4.5, p90Minutes: 12.3, maxMinutes: 14 },
  byErrand: [
    {
      errandId: 'fuehrerschein',
      tickets: 3,
      served: 2,
      noShow: 1,
      expired: 0,
      waits: { medianMinutes: 4.5, p90Minutes: 12.3, maxMinutes: 14 },
      service: { medianMinutes: 7, p90Minutes: 9.8, maxMinutes: 10 },
    },
    { errandId: 'kfz', tickets: 2, served: 1, noShow: 0, expired: 1, waits: none, service: none },
  ],
  byPlace: [
    {
      placeId: 'platz-9',
      served: 3,
      noShow: 1,
      service: { medianMinutes: 7, p90Minutes: 9.8, maxMinutes: 10 },
    },
  ],
  byHour: Array.from({ length: 24 }, (_, hour) => ({ hour, tickets: hour === 8 ? 5 : 0 })),
  byDay: [
    { day: '2025-03-10', tickets: 3, served: 2, noShow: 1, expired: 0 },
    { day: '2025-03-11', tickets: 2, served: 1, noShow: 0, expired: 1 },
  ],
};
const setup = {
  errands: [
    { id: 'ausweis', letter: 'A', name: { de: 'Personalausweis; Reisepass' } },
    { id: 'fuehrerschein', letter: 'F', name: { de: 'Führerschein "international"' } },
  ],
  places: [{ id: 'platz-1', name: 'Platz 1' }],
};

describe('statistics report and CSV', () => {
  it('names errands and places from the configuration, keeps unknown ones under their id', () => {
    const report = statsReportSchema.parse(statsReport(figures, setup));
    expect(report.byErrand.map((e) => [e.errandId, e.name, e.tickets])).toEqual([
      ['ausweis', 'Personalausweis; Reisepass', 0],
      ['fuehrerschein', 'Führerschein "international"', 3],
      ['kfz', 'kfz', 2],
    ]);
    expect(report.byPlace.map((p) => [p.name, p.served])).toEqual([
      ['Platz 1', 0],
      ['platz-9', 3],
    ]);
  });

  it('quotes a field only when it holds the separator, a quote or a line break', () => {
    expect(csvField('Platz 1', 'excel')).toBe('Platz 1');
    expect(csvField('a;b', 'excel')).toBe('"a;b"');
    expect(csvField('a;b', 'standard')).toBe('a;b');
    expect(csvField('a,b', 'standard')).toBe('"a,b"');
    expect(csvField('a,b', 'excel')).toBe('a,b');
    expect(csvField('Sie sagte "ja"', 'standard')).toBe('"Sie sagte ""ja"""');
    expect(csvField('zwei\nZeilen', 'excel')).toBe('"zwei\nZeilen"');
    expect(csvField(12.5, 'excel')).toBe('12,5');
    expect(csvField(12.5, 'standard')).toBe('12.5');
    expect(csvField(null, 'excel')).toBe('');
  });

  it('turns text that a spreadsheet would run as a formula into text (OWASP CSV injection)', () => {
    expect(csvField('=1+1', 'excel')).toBe(`"'=1+1"`);
    expect(csvField('=1+1', 'standard')).toBe(`"'=1+1"`);
    expect(csvField('+49 30 123', 'excel')).toBe(`"'+49 30 123"`);
    expect(csvField('-Sonstiges', 'standard')).toBe(`"'-Sonstiges"`);
    expect(csvField('@SUMME(A1)', 'excel')).toBe(`"'@SUMME(A1)"`);
    expect(csvField('\t=1', 'excel')).toBe(`"'\t=1"`);
    expect(csvField('\r=1', 'excel')).toBe(`"'\r=1"`);
    expect(csvField('=HYPERLINK("http://x";"y")', 'excel')).toBe(`"'=HYPERLINK(""http://x"";""y"")"`);
    // Only the first character counts; negative figures stay numbers.
    expect(csvField('Platz 1 = Eingang', 'excel')).toBe('Platz 1 = Eingang');
    expect(csvField(-2.5, 'excel')).toBe('-2,5');
    const names = {
      ...setup,
      errands: [{ id: 'fuehrerschein', letter: 'F', name: { de: '=1+1' } }],
      places: [{ id: 'platz-9', name: '@Platz' }],
    };
    const report = statsReport(figures, names);
    expect(statsCsv(report, 'errands', 'excel').split('\r\n')[1]).toMatch(/^"'=1\+1";3;/);
    expect(statsCsv(report, 'places', 'standard').split('\r\n')[1]).toMatch(/^"'@Platz",3,/);
  });

  it('writes Excel CSV with BOM, semicolons, decimal commas and CRLF', () => {
    const text = statsCsv(statsReport(figures, setup), 'errands', 'excel');
    expect(text.startsWith('\uFEFFAnliegen;Tickets;Bedient;Nicht erschienen;Offen bei Tagesschluss;')).toBe(
      true,
    );
    expect(text.split('\r\n')).toEqual([
      '\uFEFFAnliegen;Tickets;Bedient;Nicht erschienen;Offen bei Tagesschluss;Wartezeit Median (Min.);' +
        'Wartezeit 90 % (Min.);Wartezeit max. (Min.);Bearbeitungszeit Median (Min.);' +
        'Bearbeitungszeit 90 % (Min.);Bearbeitungszeit max. (Min.)',
      '"Personalausweis; Reisepass";0;0;0;0;;;;;;',
      '"Führerschein ""international""";3;2;1;0;4,5;12,3;14;7;9,8;10',
      'kfz;2;1;0;1;;;;;;',
      '',
    ]);
  });

  it('writes standard CSV with commas, decimal points and no BOM', () => {
    const report = statsReport(figures, setup);
    expect(statsCsv(report, 'days', 'standard')).toBe(
      'Tag,Tickets,Bedient,Nicht erschienen,Offen bei Tagesschluss\r\n2025-03-10,3,2,1,0\r\n2025-03-11,2,1,0,1\r\n',
    );
    expect(statsCsv(report, 'places', 'standard').split('\r\n')[2]).toBe('platz-9,3,1,7,9.8,10');
    const hours = statsCsv(report, 'hours', 'excel').split('\r\n');
    expect(hours[0]).toBe('\uFEFFUhrzeit;Tickets');
    expect(hours[9]).toBe('08:00–09:00;5');
    expect(hours).toHaveLength(26);
  });
});
