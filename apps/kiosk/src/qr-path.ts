import { create } from 'qrcode';

/** A QR symbol as one SVG path in module units, with `margin` light modules around it. */
export interface QrPath {
  readonly size: number;
  readonly path: string;
}

/**
 * Draws the symbol as React SVG rather than an SVG string or a data URL: no innerHTML, no async
 * render, and it scales sharply to any size. Error correction M, like the printed ticket.
 */
export function qrPath(text: string, margin = 1): QrPath {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let path = '';
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      // One rectangle per run of dark modules keeps the path short.
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      path += `M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`;
    }
  }
  return { size: n + 2 * margin, path };
}
