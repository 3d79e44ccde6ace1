import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'build', 'desktop');
const requires = (file: string): string[] => [
  ...new Set(
    [...readFileSync(join(out, file), 'utf8').matchAll(/(?:require|import)\("([^"]+)"\)/g)].map(
      (m) => m[1] ?? '',
    ),
  ),
];

describe('the Electron app bundle (npm run build:desktop)', () => {
  it('bundles main and preloads so that electron-builder can pack them', async () => {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/build-desktop.ts'], {
      cwd: root,
    });
    expect(stderr).not.toMatch(/WARNING|ERROR/);
    // Sandboxed preloads can require nothing but electron.
    expect(requires('kiosk-preload.cjs')).toEqual(['electron']);
    expect(requires('display-preload.cjs')).toEqual(['electron']);
    expect(requires('admin-preload.cjs')).toEqual(['electron']);
    // Main needs Node and Electron; the USB module (native: installed, not bundled) is found at run
    // time from escpos-usb's folder, so both must be staged beside it.
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(
      requires('main.cjs')
        .filter((m) => !builtins.has(m))
        .sort(),
    ).toEqual(['electron']);
    expect(readFileSync(join(out, 'main.cjs'), 'utf8')).toMatch(/\.resolve\("escpos-usb"\)/);
    const staged = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(staged).toMatchObject({
      main: 'main.cjs',
      dependencies: { 'escpos-usb': expect.any(String) as unknown, usb: expect.any(String) as unknown },
    });
    expect(readFileSync(join(out, 'main.cjs'), 'utf8')).not.toContain('import.meta');
  });

  it('packs the installed Electron version', () => {
    const builder = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as {
      electronVersion: string;
      directories: { app: string };
    };
    const installed = (
      JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    expect(builder.electronVersion).toBe(installed);
    expect(builder.directories.app).toBe('build/desktop');
  });
});
