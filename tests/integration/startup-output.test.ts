import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startHubProcess } from '../support/hub-process.ts';
import type { HubProcess } from '../support/hub-process.ts';
import { connect } from '../support/test-hub.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'aufruf-startup-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const lanIPv4 = (): string[] =>
  Object.values(networkInterfaces())
    .flat()
    .flatMap((a) => (a && a.family === 'IPv4' && !a.internal ? [a.address] : []))
    .filter((address) => !address.startsWith('169.254.'));

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const bannerOf = (text: () => string): Promise<string> =>
  until('the start-up text', () => (text().includes('Beenden mit Strg+C.') ? text() : undefined));

const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const isJson = (line: string): boolean => {
  try {
    return typeof JSON.parse(line) === 'object';
  } catch {
    return false;
  }
};

const stop = async (hub: HubProcess): Promise<void> => {
  hub.child.kill('SIGTERM');
  await hub.exited;
};

describe('the text the hub prints at start', () => {
  it('lists every page in one aligned block, says how phones reach the hub, and holds no log line', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const hub = await startHubProcess({ port, dataDir, env: { HOST: '0.0.0.0', LOG_LEVEL: 'info' } });
    try {
      const text = await bannerOf(hub.stdout);
      // A connection is logged: the line must land in the log file, not under the links.
      const display = await connect(hub.url, { demo: 'display' });
      display.close();
      const logFile = join(dataDir, 'logs', 'aufruf.log');
      const logged = await until('the connection in the log file', () => {
        const lines = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').filter(Boolean) : [];
        return lines.some((line) => line.includes('"msg":"connected"')) ? lines : undefined;
      });
      expect(logged.every(isJson)).toBe(true);

      const lines = hub.stdout().split('\n');
      expect(lines.filter((line) => line.trim().startsWith('{') || isJson(line))).toEqual([]);
      expect(text).toContain('Aufruf – Bürgerbüro');

      const pages = [
        ['Kiosk', 'kiosk'],
        ['Schalter', 'counter'],
        ['Anzeige', 'display'],
        ['Verwaltung', 'admin'],
      ] as const;
      const columns = pages.map(([label, path]) => {
        const line = lines.find((l) => l.trimStart().startsWith(`${label} `));
        expect(line, label).toMatch(new RegExp(`^ +${label} +http://localhost:${port}/${path}/$`));
        return line?.indexOf('http://');
      });
      const lan = lanIPv4();
      const phoneLine = lines.find((l) => l.trimStart().startsWith('Handy-Seite '));
      columns.push(phoneLine?.indexOf(lan.length > 0 ? 'http://' : 'für Handys'));
      expect(new Set(columns).size, `one column for the addresses:\n${text}`).toBe(1);

      if (lan.length > 0) {
        expect(phoneLine).toContain(`http://${lan[0]}:${port}/t/`);
        for (const ip of lan) expect(text).toContain(`http://${ip}:${port}/`);
      } else {
        expect(text).toContain('kein Netzwerk gefunden');
      }
      expect(text).toMatch(new RegExp(`Druckvorschau +${literal(join(dataDir, 'print-preview'))} `));
      expect(text).toMatch(new RegExp(`Protokoll +${literal(logFile)}\n`));
      expect(text).toMatch(/Admin-Schlüssel +\S{16,}/);
      // One language: none of the English the hub used to print.
      expect(text).not.toMatch(/configuration:|data:|Admin secret|shown only/);
    } finally {
      await stop(hub);
    }
  });

  it('with AUFRUF_LOG=stdout writes only JSON to stdout and the text to stderr', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const hub = await startHubProcess({ port, dataDir, env: { AUFRUF_LOG: 'stdout', LOG_LEVEL: 'info' } });
    try {
      const text = await bannerOf(hub.stderr);
      const lines = await until('the JSON log on stdout', () => {
        const out = hub.stdout().split('\n').filter(Boolean);
        return out.some((line) => line.includes('"msg":"listening"')) ? out : undefined;
      });
      expect(lines.filter((line) => !isJson(line))).toEqual([]);
      expect(text).toMatch(new RegExp(`Kiosk +http://127\\.0\\.0\\.1:${port}/kiosk/`));
      expect(text).toContain('nur auf diesem PC (HOST=127.0.0.1)');
      expect(text).toMatch(/Protokoll +JSON auf der Standardausgabe/);
      expect(existsSync(join(dataDir, 'logs'))).toBe(false);
    } finally {
      await stop(hub);
    }
  });
});
