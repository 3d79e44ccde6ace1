import { describe, expect, it } from 'vitest';
import { reachableAddresses, startupBanner } from './startup-banner.ts';
import type { BannerFacts } from './startup-banner.ts';

const facts: BannerFacts = {
  officeName: 'Bürgerbüro Musterstadt',
  demo: false,
  configFile: '/srv/aufruf/aufruf.yaml',
  dataDir: '/srv/aufruf/data',
  printer: 'preview',
  previewDir: '/srv/aufruf/data/print-preview',
  log: '/srv/aufruf/data/logs/aufruf.log',
  host: '0.0.0.0',
  port: 8080,
  lanAddresses: ['192.168.10.5', '10.0.0.3'],
  publicUrl: 'http://192.168.10.5:8080',
};

const valueOf = (text: string, label: string): string | undefined =>
  text
    .split('\n')
    .find((line) => line.trimStart().startsWith(`${label} `))
    ?.trim()
    .slice(label.length)
    .trim();

describe('the start-up text', () => {
  it('lists the pages on this PC and every address other devices can use', () => {
    const text = startupBanner(facts);
    expect(valueOf(text, 'Kiosk')).toBe('http://localhost:8080/kiosk/');
    expect(valueOf(text, 'Verwaltung')).toBe('http://localhost:8080/admin/');
    expect(valueOf(text, 'Handy-Seite')).toBe('http://192.168.10.5:8080/t/…  (QR-Code auf dem Ticket)');
    const lines = text.split('\n');
    const first = lines.findIndex((line) =>
      /^ {2}Andere Geräte +http:\/\/192\.168\.10\.5:8080\/$/.test(line),
    );
    expect(first).toBeGreaterThan(0);
    const column = lines[first]?.indexOf('http://');
    expect(lines[first + 1]).toBe(`${' '.repeat(column ?? 0)}http://10.0.0.3:8080/`);
    expect(lines.find((line) => line.includes('/kiosk/'))?.indexOf('http://')).toBe(column);
    expect(valueOf(text, 'Druckvorschau')).toMatch(/^\/srv\/aufruf\/data\/print-preview /);
    expect(valueOf(text, 'Konfiguration')).toBe('/srv/aufruf/aufruf.yaml');
  });

  it('says when phones or other devices cannot reach the hub', () => {
    const local = startupBanner({ ...facts, host: '127.0.0.1', publicUrl: null });
    expect(valueOf(local, 'Kiosk')).toBe('http://127.0.0.1:8080/kiosk/');
    expect(valueOf(local, 'Andere Geräte')).toBe('nur auf diesem PC (HOST=127.0.0.1)');
    expect(valueOf(local, 'Handy-Seite')).toMatch(/^für Handys nicht erreichbar/);
    const offline = startupBanner({ ...facts, lanAddresses: [], publicUrl: null });
    expect(valueOf(offline, 'Andere Geräte')).toMatch(/^kein Netzwerk gefunden/);
  });

  it('names the printer that is not a preview, and the admin secret only when it was just made', () => {
    expect(startupBanner(facts)).not.toContain('Admin-Schlüssel');
    const text = startupBanner({
      ...facts,
      printer: { kind: 'tcp', host: '10.0.0.9', port: 9100 },
      adminSecret: 's3cret',
    });
    expect(valueOf(text, 'Drucker')).toBe('Netzwerk, tcp://10.0.0.9:9100');
    expect(valueOf(text, 'Admin-Schlüssel')).toBe('s3cret');
  });

  it('uses only the listening address when the hub is bound to one', () => {
    expect(reachableAddresses('0.0.0.0', ['192.168.10.5'])).toEqual(['192.168.10.5']);
    expect(reachableAddresses('192.168.10.5', ['192.168.10.5', '10.0.0.3'])).toEqual(['192.168.10.5']);
    expect(reachableAddresses('127.0.0.1', ['192.168.10.5'])).toEqual([]);
  });
});
