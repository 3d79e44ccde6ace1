import { CP857_HIGH, CP866_HIGH } from './code-page-tables.ts';
import { CP858_HIGH, CP858_TABLE_ID } from './cp858.ts';

/** A character table in the printer's ROM: the ESC t number, the encoding of our bytes, the 0x80–0xFF characters. */
export interface CodePage {
  readonly table: number;
  readonly encoding: 'CP858' | 'CP857' | 'CP866';
  readonly high: string;
}

// Table numbers as Epson (and the common compatible 80 mm printers) number them.
export const CP858: CodePage = { table: CP858_TABLE_ID, encoding: 'CP858', high: CP858_HIGH };
/** Turkish: ğ ş ı İ Ğ Ş, which CP858 lacks. */
export const CP857: CodePage = { table: 13, encoding: 'CP857', high: CP857_HIGH };
/** Cyrillic #2, the DOS Russian/Ukrainian page: has Є є Ї ї but not І і Ґ ґ (see lookAlikes). */
export const CP866: CodePage = { table: 17, encoding: 'CP866', high: CP866_HIGH };

export const codePages: readonly CodePage[] = [CP858, CP857, CP866];

export const codePageByTable = (table: number): CodePage | undefined =>
  codePages.find((p) => p.table === table);

// Typographic characters no table has, printed as their plain look-alikes.
const common: Readonly<Record<string, string>> = {
  '\u2013': '-', // en dash, as in "20–30 Minuten"
  '\u2014': '-',
  '\u2009': ' ', // thin space, as in "A 17" on screens
  '\u202F': ' ',
  '\u00A0': ' ',
  '\u201E': '"',
  '\u201C': '"',
  '\u201D': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u201A': "'",
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'", // Ukrainian apostrophe, as in "Зʼєднання"
  '\u2026': '...',
  '\u2192': '->',
};

// CP866 is the Russian DOS page. Ukrainian І/і print as the identical-looking Latin letters; Ґ/ґ,
// rare in office words, as Г/г – how Ukrainian was typed on such printers for decades.
const cyrillic: Readonly<Record<string, string>> = { І: 'I', і: 'i', Ґ: 'Г', ґ: 'г' };

function lookAlike(char: string, page: CodePage): string | undefined {
  return common[char] ?? (page === CP866 ? cyrillic[char] : undefined);
}

const sets = new Map<CodePage, Set<string>>();
const printableIn = (page: CodePage): Set<string> => {
  let set = sets.get(page);
  if (!set) {
    set = new Set(page.high.replace(/\uFFFD/g, ''));
    sets.set(page, set);
  }
  return set;
};

/** Whether a text prints in the page without a single "?" (look-alikes allowed). */
export function printsIn(text: string, page: CodePage): boolean {
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x7f || printableIn(page).has(char) || lookAlike(char, page) !== undefined) continue;
    return false;
  }
  return true;
}

/**
 * Makes text printable in a page: look-alikes for typographic marks, a space for control characters
 * (a stray newline would start a line without its style), "?" for anything else.
 */
export function toCodePageText(text: string, page: CodePage): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x20 && code < 0x7f) out += char;
    else if (printableIn(page).has(char)) out += char;
    else out += lookAlike(char, page) ?? (code < 0x20 || code === 0x7f ? ' ' : '?');
  }
  return out;
}

/** The character a printer prints for a byte of text under a page (0x20–0x7E and 0x80–0xFF). */
export function codePageChar(byte: number, page: CodePage): string | undefined {
  if (byte >= 0x20 && byte < 0x7f) return String.fromCharCode(byte);
  const char = byte >= 0x80 && byte <= 0xff ? page.high[byte - 0x80] : undefined;
  return char === '\uFFFD' ? undefined : char;
}
