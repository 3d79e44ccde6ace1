import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub } from '../support/test-hub.ts';
import type { TestHub } from '../support/test-hub.ts';

// Every page the hub serves, as a browser opens it. The apps must be built (`npm test` builds them first).
const pages = ['/', '/kiosk/', '/counter/', '/display/', '/admin/', '/t/some-ticket-token'];

let office: TestHub;
beforeAll(async () => {
  office = await startTestHub();
});
afterAll(() => office.stop());

const iconOf = (html: string): string | undefined =>
  /<link\b[^>]*\brel="icon"[^>]*>/.exec(html)?.[0].match(/\bhref="([^"]+)"/)?.[1];

describe('the icon of every page', () => {
  it.each(pages)('%s links an icon the hub serves, offline, as SVG', async (page) => {
    const response = await fetch(`${office.url}${page}`);
    expect(response.status).toBe(200);
    const href = iconOf(await response.text());
    expect(href, `no <link rel="icon"> on ${page}`).toBeDefined();
    // Served by the hub itself (nothing from the internet), and not a blank data: placeholder.
    expect(href).toMatch(/^\/[\w/-]*favicon\.svg$/);
    const icon = await fetch(new URL(href ?? '', `${office.url}${page}`));
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toMatch(/^<svg [^>]*viewBox="0 0 32 32"/);
  });

  it('is there for a client that asks for /favicon.ico unbidden', async () => {
    const icon = await fetch(`${office.url}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('is reachable under /t/ alone, as a proxy that publishes only the phone page passes it on', async () => {
    const page = await (await fetch(`${office.url}/t/some-ticket-token`)).text();
    expect(iconOf(page)).toMatch(/^\/t\//);
  });
});
