import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_SECRET, startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

// Every page the hub serves and the API, as a browser, `curl -I` or a script asks for them. The apps
// must be built (`npm test` builds them first).
const pages = ['/', '/kiosk/', '/counter/', '/display/', '/admin/', '/t/some-ticket-token'];

let office: TestHub;
beforeAll(async () => {
  office = await startTestHub();
});
afterAll(() => office.stop());

const get = (path: string, init: RequestInit = {}): Promise<Response> => fetch(`${office.url}${path}`, init);
const admin = { authorization: `Bearer ${ADMIN_SECRET}` };

/** The Content-Security-Policy as directive → sources. */
function policyOf(response: Response): Map<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? '';
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

function expectSecurityHeaders(response: Response, what: string): void {
  const csp = policyOf(response);
  expect(csp.get('default-src'), what).toEqual(["'self'"]);
  expect(csp.get('script-src'), what).toEqual(["'self'"]);
  expect(csp.get('script-src-attr'), what).toEqual(["'none'"]);
  expect(csp.get('style-src'), what).toEqual(["'self'"]);
  expect(csp.get('connect-src'), what).toEqual(["'self'"]);
  expect(csp.get('object-src'), what).toEqual(["'none'"]);
  expect(csp.get('frame-ancestors'), what).toEqual(["'none'"]);
  expect(csp.has('upgrade-insecure-requests'), what).toBe(false);
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
  expect(response.headers.get('x-frame-options'), what).toBe('DENY');
  // Plain http in the office: HSTS is a TLS proxy's business.
  expect(response.headers.get('strict-transport-security'), what).toBeNull();
}

describe('security headers', () => {
  it.each(pages)('%s has them, for GET and for HEAD (curl -I)', async (page) => {
    for (const method of ['GET', 'HEAD']) {
      const response = await get(page, { method });
      expect(response.status, `${method} ${page}`).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expectSecurityHeaders(response, `${method} ${page}`);
    }
  });

  it.each(pages)('%s runs nothing inline, so the policy needs no unsafe-inline', async (page) => {
    const html = await (await get(page)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(
      scripts.filter((tag) => !/\bsrc="/.test(tag)),
      page,
    ).toEqual([]);
    expect(html, page).not.toMatch(/<style\b/);
    expect(html, page).not.toMatch(/\sstyle="/);
    expect(html, page).not.toMatch(/\son[a-z]+="/);
  });

  it('are on the files of the pages, the icon and a missing page too', async () => {
    const kiosk = await (await get('/kiosk/')).text();
    const script = /<script\b[^>]*\bsrc="([^"]+)"/.exec(kiosk)?.[1] ?? '';
    const stylesheet = /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/.exec(kiosk)?.[1] ?? '';
    for (const path of [script, stylesheet, '/landing.css', '/favicon.svg', '/t/favicon.svg']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expectSecurityHeaders(response, path);
    }
    // Built assets carry their content's hash in the name: cached for good. Pages are checked again.
    expect((await get(script)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/kiosk/')).headers.get('cache-control')).toBe('no-cache');
    const missing = await get('/nowhere');
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing, '/nowhere');
    expect((await get('/kiosk/assets/missing.js')).status).toBe(404);
  });

  it('are on every API answer, refusals included, which are never cached', async () => {
    const answers = [
      await get('/healthz'),
      await get('/api/admin/devices', { headers: admin }),
      await get('/api/admin/devices'),
      await get('/metrics', { headers: admin }),
      await get('/api/pair', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: 'no' }),
      }),
      await get('/api/nothing-here'),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 200, 400, 404]);
    for (const response of answers) {
      expectSecurityHeaders(response, response.url);
      expect(response.headers.get('cache-control'), response.url).toBe('no-store');
    }
    expect(await answers[5]?.json()).toEqual({ error: { code: 'not-found', message: 'No such API route.' } });
  });
});

describe('the API rate limit', () => {
  it('stops a flood from one address at 600 a minute, but not its pages or its socket', async () => {
    const limited = await startTestHub();
    try {
      const health = (): Promise<number> => fetch(`${limited.url}/healthz`).then((r) => r.status);
      const first = await fetch(`${limited.url}/healthz`);
      expect(first.headers.get('x-ratelimit-limit')).toBe('600');
      const statuses: number[] = [];
      for (let i = 0; i < 61; i++) statuses.push(...(await Promise.all(Array.from({ length: 10 }, health))));
      expect(statuses.filter((s) => s === 200)).toHaveLength(599);
      expect(statuses.slice(599).every((s) => s === 429)).toBe(true);
      const refused = await fetch(`${limited.url}/api/admin/devices`, { headers: admin });
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate-limited');
      // Pages and Socket.IO are not counted.
      expect((await fetch(`${limited.url}/kiosk/`)).status).toBe(200);
      expect((await fetch(`${limited.url}/kiosk/`)).headers.get('x-ratelimit-limit')).toBeNull();
      expect((await fetch(`${limited.url}/socket.io/?EIO=4&transport=polling`)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});
