import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { faviconSvg } from './favicon.ts';
import { landingCss, landingPage } from './landing-page.ts';

/** The web apps the hub serves, by URL prefix, each from its built `dist` folder. */
const webApps = {
  kiosk: 'kiosk',
  counter: 'counter',
  display: 'display',
  t: 'follow',
  admin: 'admin',
} as const;

export interface WebPagesOptions {
  /** Folder holding `kiosk/dist`, `counter/dist`, … (the repository's `apps`). */
  readonly appsDir: string;
  readonly officeName: () => string;
}

// The one icon of every page, a ticket. Each app links it under its own prefix, so a reverse proxy that
// publishes only /t/ serves the phone page's icon too; /favicon.ico is for clients that ask unbidden.
const favicon = Buffer.from(faviconSvg);
const faviconPaths = [
  '/favicon.svg',
  '/favicon.ico',
  ...Object.keys(webApps).map((prefix) => `/${prefix}/favicon.svg`),
];

// Vite names every built asset by its content: it may be kept for a year. Anything else (index.html,
// the display's speech clips) is checked again each time, so a new build shows at the next load.
const cacheHeaders = (reply: FastifyReply, path: string): void => {
  reply.header(
    'cache-control',
    /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
};

const text = (reply: FastifyReply, status: number, body: string): FastifyReply =>
  reply.code(status).type('text/plain; charset=utf-8').send(body);

/** The start page, the icon and the built web apps (each a single-page app under its prefix). */
export const webPages: FastifyPluginAsync<WebPagesOptions> = async (app, { appsDir, officeName }) => {
  app.get('/', (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(landingPage(officeName())),
  );
  app.get('/landing.css', (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(landingCss),
  );
  for (const path of faviconPaths) {
    // An SVG under the .ico name too: browsers go by the content type, not the file name.
    app.get(path, (_request, reply) =>
      reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(favicon),
    );
  }

  for (const [prefix, name] of Object.entries(webApps)) {
    app.get(`/${prefix}`, (request, reply) => {
      const query = request.url.indexOf('?');
      return reply.redirect(`/${prefix}/${query < 0 ? '' : request.url.slice(query)}`, 301);
    });
    const dist = join(appsDir, name, 'dist');
    if (!existsSync(join(dist, 'index.html'))) {
      app.get(`/${prefix}/*`, (_request, reply) =>
        text(reply, 503, `The ${name} app is not built yet. Run "npm run build".`),
      );
      continue;
    }
    await app.register(
      async (scope) => {
        await scope.register(fastifyStatic, { root: dist, prefix: '/', setHeaders: cacheHeaders });
        // Every path of an app without a file of its own (e.g. /t/<token>) gets its index.html; the
        // page reads the rest. A missing file (a name with a dot) stays a 404, not a page.
        scope.setNotFoundHandler((request, reply) => {
          if (request.method !== 'GET' && request.method !== 'HEAD')
            return text(reply, 405, 'Method not allowed');
          const last = request.url.split('?')[0]?.split('/').pop() ?? '';
          return last.includes('.') ? text(reply, 404, 'Not found') : reply.sendFile('index.html', dist);
        });
      },
      { prefix: `/${prefix}` },
    );
  }
};
