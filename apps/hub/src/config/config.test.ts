import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, loadConfigFile, parseConfig } from './config.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function file(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aufruf-config-'));
  dirs.push(dir);
  const path = join(dir, 'aufruf.yaml');
  writeFileSync(path, text);
  return path;
}

function errorOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('no error');
}

describe('configuration', () => {
  it('has the office defaults built in: five errands, four places, Berlin time, port 8080', () => {
    const config = parseConfig({});
    expect(config.errands.map((e) => `${e.letter} ${e.name.de}`)).toEqual([
      'A Personalausweis / Reisepass',
      'M Meldeangelegenheiten',
      'F Führerschein',
      'G Gewerbe',
      'S Sonstiges',
    ]);
    expect(config.places.map((p) => p.name)).toEqual(['Platz 1', 'Platz 2', 'Platz 3', 'Platz 4']);
    expect(config.office.timeZone).toBe('Europe/Berlin');
    expect(config.server).toEqual({ host: '0.0.0.0', port: 8080, dataDir: './data', printer: 'preview' });
    expect(config.security).toEqual({ trustedProxies: [], followPerMinute: 60 });
  });

  it('documents exactly the defaults in config/aufruf.example.yaml', () => {
    const example = loadConfigFile(
      new URL('../../../../config/aufruf.example.yaml', import.meta.url).pathname,
    );
    expect(example).toEqual(parseConfig(defaultConfig));
  });

  it('reads a file that sets only some sections', () => {
    const config = loadConfigFile(file('office:\n  name: Bürgerbüro Nord\n  timeZone: Europe/Vienna\n'));
    expect(config.office.name).toBe('Bürgerbüro Nord');
    expect(config.errands).toHaveLength(5);
  });

  it('names the field and the problem of a bad value', () => {
    const message = errorOf(() =>
      loadConfigFile(file('errands:\n  - { id: a, letter: ab, name: { de: Ausweis } }\n')),
    );
    expect(message).toContain('aufruf.yaml');
    expect(message).toContain('errands[0].letter: one capital letter A–Z');
  });

  it('refuses duplicate letters, ids and unknown time zones', () => {
    const twice = errorOf(() =>
      parseConfig({
        errands: [
          { id: 'a', letter: 'A', name: { de: 'Eins' } },
          { id: 'b', letter: 'A', name: { de: 'Zwei' } },
        ],
      }),
    );
    expect(twice).toContain('errands[1]: letter "A" is used twice');
    expect(errorOf(() => parseConfig({ office: { name: 'X', timeZone: 'Mars/Olympus' } }))).toContain(
      'office.timeZone: unknown time zone',
    );
    expect(errorOf(() => parseConfig({ places: [] }))).toContain('places: at least one place is needed');
  });

  it('checks a setup exactly as the admin page does: same place names, unknown errands, none active', () => {
    const places = [
      { id: 'a', name: 'Platz 1' },
      { id: 'b', name: 'Platz 1' },
    ];
    expect(errorOf(() => parseConfig({ places }))).toMatch(/places\[1\]: place name "Platz 1" is used twice/);
    const unknown = [{ id: 'a', name: 'Platz 1', errandIds: ['ausweis', 'wohngeld'] }];
    expect(errorOf(() => parseConfig({ places: unknown }))).toMatch(
      /places\[0\]\.errandIds\[1\]: unknown errand "wohngeld"/,
    );
    const off = defaultConfig.errands.map((e) => ({ ...e, active: false }));
    expect(errorOf(() => parseConfig({ errands: off }))).toMatch(
      /errands: at least one errand must be active/,
    );
  });

  it('refuses unknown fields (a typo must not be silently ignored)', () => {
    expect(
      errorOf(() => parseConfig({ office: { name: 'X', timeZone: 'Europe/Berlin', nmae: 'Y' } })),
    ).toContain('office');
    expect(errorOf(() => parseConfig({ erands: [] }))).toContain('erands');
  });

  it('takes a network printer for the hub and refuses a short admin secret', () => {
    expect(
      parseConfig({ server: { ...defaultConfig.server, printer: { kind: 'tcp', host: '10.0.0.9' } } }).server
        .printer,
    ).toEqual({
      kind: 'tcp',
      host: '10.0.0.9',
      port: 9100,
    });
    expect(errorOf(() => parseConfig({ security: { adminSecret: 'short' } }))).toContain(
      'security.adminSecret: at least 12 characters',
    );
  });

  it('refuses a file that is not YAML or not a mapping', () => {
    expect(errorOf(() => loadConfigFile(file('office: [unclosed')))).toContain('not valid YAML');
    expect(errorOf(() => loadConfigFile(file('- just\n- a list\n')))).toContain('must contain a mapping');
    expect(errorOf(() => loadConfigFile('/nonexistent/aufruf.yaml'))).toContain('Cannot read config file');
  });
});
