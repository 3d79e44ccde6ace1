import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeEscPos } from './decode.ts';
import { startFakePrinter } from './test-support.ts';
import type { FakePrinter } from './test-support.ts';

const root = resolve(import.meta.dirname, '../../..');
const run = (...args: string[]) =>
  promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/print-sample.ts', ...args], {
    cwd: root,
  });

const failure = (error: unknown): { code?: number; stderr?: string } =>
  error as { code?: number; stderr?: string };

describe('npm run print:sample', { timeout: 30_000 }, () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(() => Promise.all(cleanup.map((step) => step())));

  it('writes a sample ticket and its preview with --out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aufruf-sample-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const { stdout } = await run('--out', join(dir, 'ticket.bin'));
    expect(stdout).toContain(join(dir, 'ticket.bin'));
    expect(stdout).toContain(join(dir, 'ticket.html'));
    const decoded = decodeEscPos(await readFile(join(dir, 'ticket.bin')));
    const texts = decoded.lines.map((line) => line.text);
    expect(texts).toEqual(
      expect.arrayContaining(['A 042', 'Führerschein', 'Bürgerbüro Musterstadt', 'Vor Ihnen: 3']),
    );
    expect(decoded.qrCodes[0]?.data).toMatch(/^http:\/\/localhost:8080\/t\/[A-Za-z0-9_-]{22}$/);
    expect(await readFile(join(dir, 'ticket.html'), 'utf8')).toContain('A 042');
  });

  it('prints on a network printer after a status check', async () => {
    const printer: FakePrinter = await startFakePrinter();
    cleanup.push(() => printer.close());
    const { stdout } = await run('--printer', `tcp://127.0.0.1:${printer.port}`);
    expect(stdout).toContain(`Printer tcp://127.0.0.1:${printer.port}: ok`);
    expect(printer.jobs).toHaveLength(1);
    const texts = decodeEscPos(printer.jobs[0] ?? Buffer.alloc(0)).lines.map((line) => line.text);
    expect(texts).toContain('A 042');
  });

  it('exits 2 with the usage for bad arguments', async () => {
    const cases = [[], ['--printer', 'lpt1'], ['--frobnicate'], ['--out']];
    const errors = await Promise.all(
      cases.map((args) => run(...args).then(() => failure({ code: 0 }), failure)),
    );
    expect(errors.map((error) => error.code)).toEqual([2, 2, 2, 2]);
    for (const error of errors) expect(error.stderr).toContain('Usage: npm run print:sample --');
    expect(errors[1]?.stderr).toContain('Unknown printer "lpt1"');
  });
});
