import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The hub serves the built app under /counter/; in development vite proxies the socket to a running hub.
export default defineConfig({
  base: '/counter/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: { '/socket.io': { target: process.env.AUFRUF_HUB ?? 'http://localhost:8080', ws: true } },
  },
});
