import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Visitors open the follow page on their phones, often on a weak signal outside the office. All of its
// JavaScript together must stay well under 100 kB gzipped. `npm test` builds the apps first.
const BUDGET_BYTES = 100_000;
const dist = join(import.meta.dirname, '../../apps/follow/dist');

describe('the follow page bundle', () => {
  it('is built', () => {
    expect(existsSync(join(dist, 'index.html')), 'run "npm run build -w @aufruf/follow" first').toBe(true);
  });

  it('loads under 100 kB of gzipped JavaScript, every script it references counted', () => {
    const assets = join(dist, 'assets');
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    // Every script the page loads is one of those measured (nothing inline, nothing from elsewhere).
    const referenced = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.length).toBeGreaterThan(0);
    for (const src of referenced) expect(src).toMatch(/^\/t\/assets\/[\w.-]+\.js$/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    const sizes = scripts.map((name) => gzipSync(readFileSync(join(assets, name))).length);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.log(
      `follow page JavaScript: ${(total / 1000).toFixed(1)} kB gzipped in ${scripts.length} file(s)`,
    );
    expect(total).toBeLessThan(BUDGET_BYTES);
  });
});
