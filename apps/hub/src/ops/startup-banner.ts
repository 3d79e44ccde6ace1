// What the person who started the hub reads first: where each screen is, how phones reach the hub,
// where tickets and logs go. German, like everything the office reads.
import type { OfficeConfig } from '../config/config.ts';

export interface BannerFacts {
  readonly officeName: string;
  readonly demo: boolean;
  /** The config file in use; null for the built-in office. */
  readonly configFile: string | null;
  readonly dataDir: string;
  readonly printer: OfficeConfig['server']['printer'];
  /** Where the preview printer writes (used when `printer` is 'preview'). */
  readonly previewDir: string;
  /** The log file, or 'stdout'. */
  readonly log: string;
  /** The address the hub was told to listen on ('0.0.0.0' and '::' mean every interface). */
  readonly host: string;
  readonly port: number;
  /** This machine's IPv4 addresses on its networks. */
  readonly lanAddresses: readonly string[];
  /** Where phones open their number; null when no address phones can reach is known. */
  readonly publicUrl: string | null;
  /** The admin secret made at this start, shown once. */
  readonly adminSecret?: string;
}

const everyInterface = new Set(['0.0.0.0', '::', '']);
const loopback = (host: string): boolean => host === 'localhost' || host === '::1' || host.startsWith('127.');
const hostInUrl = (host: string): string => (host.includes(':') ? `[${host}]` : host);

/** The addresses of this machine that other devices of the office can use, first the best. */
export function reachableAddresses(host: string, lan: readonly string[]): string[] {
  if (everyInterface.has(host)) return [...lan];
  return loopback(host) ? [] : [host];
}

const unreachable = (host: string): string =>
  everyInterface.has(host)
    ? 'kein Netzwerk gefunden – andere Geräte erreichen den Hub nicht'
    : `nur auf diesem PC (HOST=${host})`;

function printerLine(facts: BannerFacts): Row {
  const { printer } = facts;
  if (printer === 'preview')
    return ['Druckvorschau', `${facts.previewDir}  (jedes Ticket als .html und .bin)`];
  if (printer === 'none') return ['Drucker', 'keiner (server.printer: none)'];
  switch (printer.kind) {
    case 'preview':
      return ['Druckvorschau', `${printer.dir}  (jedes Ticket als .html und .bin)`];
    case 'tcp':
      return ['Drucker', `Netzwerk, tcp://${printer.host}:${printer.port ?? 9100}`];
    case 'usb':
      return ['Drucker', 'USB'];
  }
}

type Row = readonly [label: string, value: string];

/** The block printed once the hub listens: label and value in two aligned columns. */
export function startupBanner(facts: BannerFacts): string {
  const { port } = facts;
  const local = everyInterface.has(facts.host) ? 'localhost' : hostInUrl(facts.host);
  const base = `http://${local}:${port}`;
  const others = reachableAddresses(facts.host, facts.lanAddresses).map(
    (ip) => `http://${hostInUrl(ip)}:${port}/`,
  );
  const phones = facts.publicUrl
    ? `${facts.publicUrl.replace(/\/+$/, '')}/t/…  (QR-Code auf dem Ticket)`
    : 'für Handys nicht erreichbar: bitte server.publicUrl in der Konfiguration setzen';

  const sections: Row[][] = [
    [
      ['Kiosk', `${base}/kiosk/`],
      ['Schalter', `${base}/counter/`],
      ['Anzeige', `${base}/display/`],
      ['Verwaltung', `${base}/admin/`],
      ['Handy-Seite', phones],
    ],
    [
      ...(others.length > 0
        ? others.map((url, i): Row => [i === 0 ? 'Andere Geräte' : '', url])
        : [['Andere Geräte', unreachable(facts.host)] as const]),
    ],
    [
      ['Konfiguration', facts.configFile ?? 'eingebaute Vorgaben (keine aufruf.yaml)'],
      ['Daten', facts.dataDir],
      printerLine(facts),
      ['Protokoll', facts.log === 'stdout' ? 'JSON auf der Standardausgabe' : facts.log],
    ],
  ];
  if (facts.adminSecret) {
    sections.push([
      ['Admin-Schlüssel', facts.adminSecret],
      ['', 'wird nur dieses eine Mal gezeigt – bitte sicher aufbewahren;'],
      ['', 'einen eigenen setzen Sie mit security.adminSecret in der Konfiguration'],
    ]);
  }

  const width = Math.max(...sections.flat().map(([label]) => label.length)) + 2;
  const block = sections.map((rows) =>
    rows.map(([label, value]) => `  ${label.padEnd(width)}${value}`.trimEnd()).join('\n'),
  );
  const title = `  Aufruf – ${facts.officeName}${facts.demo ? '  (Demo-Modus: Seiten ohne Kopplung)' : ''}`;
  return `\n${[title, ...block, '  Beenden mit Strg+C.'].join('\n\n')}\n`;
}
