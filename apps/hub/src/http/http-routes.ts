import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { faviconSvg } from './favicon.ts';
import { landingPage } from './landing-page.ts';

/** The web apps the hub serves, by URL prefix, each from its built `dist` folder. */
export const webApps = {
  kiosk: 'kiosk',
  counter: 'counter',
  display: 'display',
  t: 'follow',
  admin: 'admin',
} as const;
export type WebApp = (typeof webApps)[keyof typeof webApps];

export interface HttpOptions {
  /** Folder holding `kiosk/dist`, `counter/dist`, `display/dist` (the repository's `apps`). */
  readonly appsDir: string;
  readonly officeName: () => string;
  /** The JSON API; answers true when it handled the request. */
  readonly api: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

// The one icon of every page, a ticket. Each app links it under its own prefix, so a reverse proxy that
// publishes only /t/ serves the phone page's icon too; /favicon.ico is for clients that ask unbidden.
const favicon = Buffer.from(faviconSvg);
const faviconPaths = new Set([
  '/favicon.svg',
  '/favicon.ico',
  ...Object.keys(webApps).map((prefix) => `/${prefix}/favicon.svg`),
]);

/** Plain HTTP: the API, the landing page and the built web apps. Socket.IO handles its own path. */
export function createHttpHandler({ appsDir, officeName, api }: HttpOptions): Handler {
  const apps = new Map<string, Handler>();
  for (const [prefix, app] of Object.entries(webApps)) {
    const dist = join(appsDir, app, 'dist');
    if (!existsSync(join(dist, 'index.html'))) {
      apps.set(prefix, (_req, res) =>
        text(res, 503, `The ${app} app is not built yet. Run "npm run build".`),
      );
      continue;
    }
    // `single`: every path of an app (e.g. /t/<token>) gets its index.html; the page reads the rest.
    const serve = sirv(dist, { single: true, etag: true, gzip: false });
    apps.set(prefix, (req, res) => serve(req, res, () => text(res, 404, 'Not found')));
  }

  const serveStatic = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://hub');
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'Method not allowed');
    if (url.pathname === '/') return html(res, landingPage(officeName()));
    if (faviconPaths.has(url.pathname)) return icon(req, res);
    const [, first, ...rest] = url.pathname.split('/');
    const app = first ? apps.get(first) : undefined;
    if (!app) return text(res, 404, 'Not found');
    if (rest.length === 0) {
      res.writeHead(301, { location: `/${first}/${url.search}` }).end();
      return;
    }
    // sirv serves from its own root: strip the app's prefix.
    req.url = `/${rest.join('/')}${url.search}`;
    app(req, res);
  };

  return (req, res) => {
    api(req, res).then(
      (handled) => {
        if (!handled) serveStatic(req, res);
      },
      () => text(res, 500, 'Internal error'),
    );
  };
}

function text(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
}

function html(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(body);
}

function icon(req: IncomingMessage, res: ServerResponse): void {
  // An SVG under the .ico name too: browsers go by the content type, not the file name.
  res.writeHead(200, {
    'content-type': 'image/svg+xml',
    'content-length': favicon.length,
    'cache-control': 'public, max-age=86400',
  });
  res.end(req.method === 'HEAD' ? undefined : favicon);
}
