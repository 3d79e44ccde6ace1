import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The follow page lives at /t/<token>: the hub serves this app for every path under /t/.
export default defineConfig({
  base: '/t/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: { '/socket.io': { target: process.env.AUFRUF_HUB ?? 'http://localhost:8080', ws: true } },
  },
});
