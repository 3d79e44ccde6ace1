import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CP857, CP858, CP866 } from './code-pages.ts';

const highHalf = (encoding: string): string =>
  iconv.decode(Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i)), encoding);

describe('code page tables', () => {
  it('hold the characters iconv-lite (and so escpos, which encodes our text) gives each byte', () => {
    expect(CP857.high).toBe(highHalf('cp857'));
    expect(CP866.high).toBe(highHalf('cp866'));
    expect(CP858.high).toBe(highHalf('cp858'));
  });
});
