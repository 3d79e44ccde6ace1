import type { DecodedLine, DecodedQr, DecodedTicket } from './decode.ts';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Font A is 12 × 24 dots at 203 dpi: 48 columns of 1.5 mm on the 72 mm printable width. */
const COLUMN_MM = 1.5;
/** A monospace glyph is about 0.6 em wide, so this font size gives 1.5 mm columns. */
const FONT_MM = COLUMN_MM / 0.6;
/** Module size in dots × 0.125 mm per dot; ~29 modules for a short URL at error level M. */
const DOT_MM = 0.125;

function lineHtml(line: DecodedLine): string {
  const scale = line.width / line.height;
  const style = [
    `font-size:${(FONT_MM * line.height).toFixed(2)}mm`,
    `text-align:${line.align}`,
    line.bold ? 'font-weight:bold' : '',
  ].filter(Boolean);
  // The printer scales width and height separately; CSS gets the height from the font size
  // and the rest of the width from a horizontal stretch.
  const text = escapeHtml(line.text) || '&nbsp;';
  const inner =
    scale === 1 ? text : `<span style="display:inline-block;transform:scaleX(${scale})">${text}</span>`;
  return `<div class="line" style="${style.join(';')}">${inner}</div>`;
}

function qrHtml(qr: DecodedQr): string {
  const side = (29 * qr.moduleSize * DOT_MM).toFixed(1);
  return (
    `<div class="qr-row" style="text-align:${qr.align}">` +
    `<div class="qr" style="width:${side}mm;min-height:${side}mm" title="QR-Code (Modell ${qr.model}, Stufe ${qr.errorLevel})">` +
    `<span>QR</span><a href="${escapeHtml(qr.data)}">${escapeHtml(qr.data)}</a></div></div>`
  );
}

/** A self-contained HTML page that looks like the printed ticket (QR shown as a labelled box). */
export function renderTicketHtml(decoded: DecodedTicket, title = 'Ticket'): string {
  const body = decoded.blocks.map((block) => (block.kind === 'qr' ? qrHtml(block) : lineHtml(block)));
  const cut = decoded.cut
    ? `<div class="cut">✂ ${decoded.cut === 'partial' ? 'Teilschnitt' : 'Schnitt'}</div>`
    : '';
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
  body { background: #d8d8d8; margin: 0; padding: 8mm 0; font-family: ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace; }
  .paper { width: 80mm; box-sizing: border-box; padding: 4mm; margin: 0 auto; background: #fff; color: #000; box-shadow: 0 1mm 3mm rgba(0,0,0,.3); }
  .line { line-height: 1.2; white-space: pre-wrap; overflow-wrap: anywhere; }
  .qr { display: inline-flex; flex-direction: column; justify-content: center; align-items: center; gap: 2mm; border: 0.6mm solid #000; box-sizing: border-box; padding: 2mm; font-size: 2.6mm; overflow-wrap: anywhere; text-align: center; }
  .qr span { font-size: 6mm; font-weight: bold; }
  .cut { border-top: 0.3mm dashed #888; color: #888; font-size: 3mm; margin-top: 2mm; text-align: right; }
</style>
</head>
<body>
<div class="paper">
${body.join('\n')}
${cut}
</div>
</body>
</html>
`;
}
