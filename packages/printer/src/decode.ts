import { codePageByTable, codePageChar } from './code-pages.ts';

export type Alignment = 'left' | 'center' | 'right';

/** A printed line with the style in force when its first character was printed. */
export interface DecodedLine {
  readonly kind: 'text';
  readonly text: string;
  /** Character size multipliers from GS ! (1 = normal). */
  readonly width: number;
  readonly height: number;
  readonly bold: boolean;
  readonly align: Alignment;
  /** ESC t table the text was decoded with. */
  readonly codePage: number;
}

/** A QR symbol printed from the data stored before it. */
export interface DecodedQr {
  readonly kind: 'qr';
  readonly data: string;
  readonly model: number;
  readonly moduleSize: number;
  readonly errorLevel: 'L' | 'M' | 'Q' | 'H';
  readonly align: Alignment;
}

export interface DecodedTicket {
  /** Lines and QR codes in paper order. */
  readonly blocks: readonly (DecodedLine | DecodedQr)[];
  readonly lines: readonly DecodedLine[];
  readonly qrCodes: readonly DecodedQr[];
  readonly initialized: boolean;
  /** Last ESC t selection; 0 (PC437) is the printer's power-on table. */
  readonly codePage: number;
  readonly cut: 'full' | 'partial' | null;
}

const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;
const ALIGNMENTS: readonly Alignment[] = ['left', 'center', 'right'];
const QR_LEVELS = { 48: 'L', 49: 'M', 50: 'Q', 51: 'H' } as const;

/**
 * Reads the ESC/POS subset that ticketBytes() writes, as a printer would. Anything else is an
 * error, so a new command in the layout cannot slip past the tests and the preview unnoticed.
 */
export function decodeEscPos(bytes: Uint8Array): DecodedTicket {
  const blocks: (DecodedLine | DecodedQr)[] = [];
  const fresh = { width: 1, height: 1, bold: false, align: 'left' as Alignment, codePage: 0 };
  let mode = { ...fresh };
  let initialized = false;
  let cut: DecodedTicket['cut'] = null;
  let text = '';
  let lineStyle: typeof mode | null = null;
  const qr = {
    data: null as string | null,
    model: 2,
    moduleSize: 3,
    errorLevel: 'L' as DecodedQr['errorLevel'],
  };
  let at = 0;

  const byte = (offset: number): number => {
    const value = bytes[at + offset];
    if (value === undefined) throw new Error(`Truncated command at byte ${at}`);
    return value;
  };
  function fail(what: string): never {
    const hex = Array.from(bytes.subarray(at, at + 4), (b) => b.toString(16).padStart(2, '0'));
    throw new Error(`${what} at byte ${at}: ${hex.join(' ')}`);
  }
  const printLine = (): void => {
    const style = lineStyle ?? mode;
    blocks.push({ kind: 'text', text, ...style });
    text = '';
    lineStyle = null;
  };

  while (at < bytes.length) {
    const b = byte(0);
    if (b === LF) {
      printLine();
      at += 1;
    } else if (b >= 0x20 && b !== 0x7f) {
      const page = codePageByTable(mode.codePage);
      const char = b < 0x80 ? String.fromCharCode(b) : page ? codePageChar(b, page) : undefined;
      if (char === undefined) fail(`Byte 0x${b.toString(16)} under unsupported code page ${mode.codePage}`);
      lineStyle ??= { ...mode };
      text += char;
      at += 1;
    } else if (b === ESC) {
      const command = byte(1);
      if (command === 0x40) {
        // ESC @ clears the print buffer and every mode, code page included.
        mode = { ...fresh };
        text = '';
        lineStyle = null;
        initialized = true;
        at += 2;
      } else if (command === 0x74) {
        mode.codePage = byte(2);
        at += 3;
      } else if (command === 0x61) {
        const n = byte(2);
        const align = ALIGNMENTS[n >= 48 ? n - 48 : n]; // 0–2 or their ASCII digits
        if (align === undefined) fail('Unknown alignment');
        mode.align = align;
        at += 3;
      } else if (command === 0x45) {
        mode.bold = (byte(2) & 1) === 1;
        at += 3;
      } else if (command === 0x64) {
        printLine();
        for (let n = byte(2); n > 1; n -= 1) printLine();
        at += 3;
      } else {
        fail('Unknown ESC command');
      }
    } else if (b === GS) {
      const command = byte(1);
      if (command === 0x21) {
        const n = byte(2);
        mode.width = ((n >> 4) & 7) + 1;
        mode.height = (n & 7) + 1;
        at += 3;
      } else if (command === 0x56) {
        const m = byte(2);
        if (m === 0 || m === 48 || m === 65) cut = 'full';
        else if (m === 1 || m === 49 || m === 66) cut = 'partial';
        else fail('Unknown cut mode');
        if (text !== '') printLine();
        at += m >= 65 ? 4 : 3;
      } else if (command === 0x28 && byte(2) === 0x6b) {
        const length = byte(3) | (byte(4) << 8);
        if (length < 2 || byte(5) !== 49) fail('Unsupported GS ( k symbol');
        const params = bytes.subarray(at + 7, at + 5 + length);
        if (params.length !== length - 2) fail('Truncated GS ( k');
        const fn = byte(6);
        const p0 = params[0] ?? -1;
        if (fn === 65) qr.model = p0 - 48;
        else if (fn === 67) qr.moduleSize = p0;
        else if (fn === 69) {
          const level = QR_LEVELS[p0 as keyof typeof QR_LEVELS] as DecodedQr['errorLevel'] | undefined;
          qr.errorLevel = level ?? fail('Unknown QR error level');
        } else if (fn === 80 && p0 === 48) qr.data = Buffer.from(params.subarray(1)).toString('utf8');
        else if (fn === 81) {
          const data = qr.data ?? fail('QR print without stored data');
          blocks.push({ kind: 'qr', ...qr, data, align: mode.align });
        } else fail('Unknown QR function');
        at += 5 + length;
      } else {
        fail('Unknown GS command');
      }
    } else {
      fail('Unknown control byte');
    }
  }
  if (text !== '') printLine();

  const lines = blocks.filter((block): block is DecodedLine => block.kind === 'text');
  const qrCodes = blocks.filter((block): block is DecodedQr => block.kind === 'qr');
  return { blocks, lines, qrCodes, initialized, codePage: mode.codePage, cut };
}

/** The ticket number: the tallest line, e.g. "A 042". */
export function ticketNumberLine(decoded: DecodedTicket): DecodedLine | undefined {
  return decoded.lines.reduce<DecodedLine | undefined>(
    (tallest, line) => (line.text.trim() !== '' && line.height > (tallest?.height ?? 0) ? line : tallest),
    undefined,
  );
}
