// One way to bundle a Node program of this repository (the hub, the bench's hub child) into one ES
// module run by plain `node`: production starts in a fraction of tsx's time and memory.
import { build } from 'esbuild';

/**
 * Stay outside the bundle, loaded from node_modules at run time: native addons (better-sqlite3, usb and
 * what drives it) and ws's optional native helpers. escpos is also loaded lazily by the printer package.
 */
export const nodeExternals = [
  'better-sqlite3',
  'escpos',
  'escpos-usb',
  'escpos-network',
  'usb',
  'bufferutil',
  'utf-8-validate',
];

export async function bundleNode(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: nodeExternals,
    sourcemap: 'linked',
    // Smaller source is less memory: V8 keeps a module's text to compile its functions lazily. Names
    // stay, so a stack trace in the log reads without the source map (loading it at run time costs
    // ~10 MB; it is written beside the bundle for debugging).
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    // Some bundled CommonJS packages call require() for Node's own modules: give the ES module one.
    banner: {
      js: "import { createRequire as __aufrufRequire } from 'node:module'; const require = __aufrufRequire(import.meta.url);",
    },
  });
}
