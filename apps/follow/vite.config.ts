import { defineConfig } from 'vite';

// The follow page lives at /t/<token>: the hub serves this app for every path under /t/.
// Visitors open it on their phones, often on a weak signal, so it is kept light
// (tests/integration/follow-bundle-size.test.ts): Preact instead of React, which alone would take most
// of the 100 kB budget, and zod/mini for the one message it reads (@aufruf/protocol/follow).
export default defineConfig({
  base: '/t/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: {
        // The workspace packages' modules only define things; importing one runs nothing. Said so here,
        // an unused module is left out whole: `localized` from @aufruf/ui must not bring the staff
        // client (classic zod, nanoid) along through the package's index. CSS keeps its side effect.
        moduleSideEffects: [{ test: /\/packages\/[a-z-]+\/src\/[^/]+\.tsx?$/, sideEffects: false }],
      },
    },
  },
  server: {
    proxy: { '/socket.io': { target: process.env.AUFRUF_HUB ?? 'http://localhost:8080', ws: true } },
  },
});
