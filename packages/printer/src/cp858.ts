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
