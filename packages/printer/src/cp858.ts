/**
 * Code page 858 (ESC t 19): CP850 with € at 0xD5. The printer's ROM holds this table, so the
 * bytes we send and the text we decode must agree with it, byte for byte.
 */
export const CP858_TABLE_ID = 19;

/** Characters for the bytes 0x80–0xFF, in order. */
export const CP858_HIGH =
  'ÇüéâäàåçêëèïîìÄÅ' +
  'ÉæÆôöòûùÿÖÜø£Ø×ƒ' +
  'áíóúñÑªº¿®¬½¼¡«»' +
  '░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' +
  '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤' +
  'ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀' +
  'ÓßÔÒõÕµþÞÚÛÙýÝ¯´' +
  '\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0';

const printable = new Set<string>(CP858_HIGH);

// Typographic characters that the code page lacks, printed as their plain look-alikes.
const lookAlikes: Record<string, string> = {
  '\u2013': '-', // en dash, as in "20–30 Minuten"
  '\u2014': '-',
  '\u2009': ' ', // thin space, as in "A 17" on screens
  '\u202F': ' ',
  '\u201E': '"',
  '\u201C': '"',
  '\u201D': '"',
  '\u201A': "'",
  '\u2018': "'",
  '\u2019': "'",
  '\u2026': '...',
  '\u2192': '->',
};

/**
 * Makes text printable in CP858: look-alikes for typographic marks, a space for control
 * characters (a stray newline would start a line without its style), "?" for the rest.
 */
export function toCp858Text(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x20 && code < 0x7f) out += char;
    else if (printable.has(char)) out += char;
    else if (char in lookAlikes) out += lookAlikes[char];
    else out += code < 0x20 || code === 0x7f ? ' ' : '?';
  }
  return out;
}

/** The character a CP858 printer prints for a byte of text (0x20–0x7E and 0x80–0xFF). */
export function cp858Char(byte: number): string | undefined {
  if (byte >= 0x20 && byte < 0x7f) return String.fromCharCode(byte);
  return byte >= 0x80 && byte <= 0xff ? CP858_HIGH[byte - 0x80] : undefined;
}
