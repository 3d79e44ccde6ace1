// npm run build:desktop: bundles the Electron main and preloads into build/desktop, with a package.json
// of its own that lists only what must stay outside the bundle (the USB printer's native module).
// electron-builder then packs that folder (electron-builder.yml).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const out = join(root, 'build', 'desktop');
const version = (name: string): string =>
  (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

// Native code (usb) must be rebuilt for Electron by electron-builder, so it is installed, not bundled.
const external = ['electron', 'escpos-usb', 'usb'];

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  logLevel: 'warning',
} as const;
await build({
  ...common,
  external,
  // CommonJS has no import.meta: give code that resolves modules from its own file a working one.
  define: { 'import.meta.url': '__aufrufModuleUrl' },
  banner: { js: "const __aufrufModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  entryPoints: [join(root, 'apps/kiosk/electron/main.ts')],
  outfile: join(out, 'main.cjs'),
});
// Sandboxed preloads may require nothing but 'electron', and run without __filename: no banner.
const preloads = {
  'kiosk-preload.cjs': 'apps/kiosk/electron/preload.ts',
  'display-preload.cjs': 'apps/display/electron/preload.ts',
  'admin-preload.cjs': 'apps/kiosk/electron/admin-preload.ts',
};
for (const [file, entry] of Object.entries(preloads)) {
  await build({
    ...common,
    external: ['electron'],
    entryPoints: [join(root, entry)],
    outfile: join(out, file),
  });
}

const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
writeFileSync(
  join(out, 'package.json'),
  `${JSON.stringify(
    {
      name: 'aufruf-terminal',
      productName: 'Aufruf Terminal',
      version: rootPackage.version,
      description: 'Kiosk and display shell of Aufruf',
      main: 'main.cjs',
      license: 'MIT',
      dependencies: { 'escpos-usb': version('escpos-usb'), usb: version('usb') },
      // escpos-usb asks for usb 1.x; 2.x keeps its API and builds on current Electron.
      overrides: { usb: `^${version('usb')}` },
    },
    null,
    2,
  )}\n`,
);
console.log(`Desktop app staged in ${out}`);
