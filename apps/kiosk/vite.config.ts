import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The hub serves the built app under /kiosk/; in development vite proxies the socket to a running hub.
export default defineConfig({
  base: '/kiosk/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: { '/socket.io': { target: process.env.AUFRUF_HUB ?? 'http://localhost:8080', ws: true } },
  },
});
