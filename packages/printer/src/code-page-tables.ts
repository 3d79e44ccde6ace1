// The 0x80–0xFF characters of the two code pages besides CP858 (cp858.ts), as iconv-lite decodes
// them (code-pages.test.ts checks that). Written out so the ticket's layout can run in a browser
// (the kiosk's picture of the paper) without iconv and Node's Buffer. \uFFFD: no character.

/** Code page 857 (Turkish), ESC t 13. */
export const CP857_HIGH =
  'ÇüéâäàåçêëèïîıÄÅ' +
  'ÉæÆôöòûùİÖÜø£ØŞş' +
  'áíóúñÑĞğ¿®¬½¼¡«»' +
  '░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' +
  '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤' +
  'ºªÊËÈ\uFFFDÍÎÏ┘┌█▄¦Ì▀' +
  'ÓßÔÒõÕµ\uFFFD×ÚÛÙìÿ¯´' +
  '\u00AD±\uFFFD¾¶§÷¸°¨·¹³²■\u00A0';

/** Code page 866 (Cyrillic #2), ESC t 17. */
export const CP866_HIGH =
  'АБВГДЕЖЗИЙКЛМНОП' +
  'РСТУФХЦЧШЩЪЫЬЭЮЯ' +
  'абвгдежзийклмноп' +
  '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' +
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧' +
  '╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
  'рстуфхцчшщъыьэюя' +
  'ЁёЄєЇїЎў°∙·√№¤■\u00A0';
