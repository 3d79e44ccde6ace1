import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The hub serves the built app under /admin/; in development vite proxies the socket and the admin API to a
// running hub.
const hub = process.env.AUFRUF_HUB ?? 'http://localhost:8080';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: { '/socket.io': { target: hub, ws: true }, '/api': { target: hub } },
  },
});
