import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qr-path.ts';

describe('the follow QR code as an SVG path', () => {
  it('draws every dark module once, inside a one-module margin', () => {
    const url = 'http://192.168.1.10:8080/t/abcdefghijklmnopqrstu';
    const { modules } = create(url, { errorCorrectionLevel: 'M' });
    const dark = modules.data.reduce((sum, bit) => sum + bit, 0);
    const { size, path } = qrPath(url);
    expect(size).toBe(modules.size + 2);
    const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)];
    expect(runs.map((r) => r[0]).join('')).toBe(path);
    expect(runs.reduce((sum, r) => sum + Number(r[3]), 0)).toBe(dark);
    // The top-left finder pattern starts with a run of seven at (1, 1).
    expect(path.startsWith('M1 1h7v1h-7z')).toBe(true);
  });
});
