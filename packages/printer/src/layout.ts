import { createRequire } from 'node:module';
import type escposModule from 'escpos';
import type { Adapter } from 'escpos';
import type { TicketPrint } from '@aufruf/protocol';
import { CP858, printsIn, toCodePageText } from './code-pages.ts';
import { ticketDocument } from './ticket-document.ts';

// The job's shape is part of the wire contract (the kiosk's renderer sends it to Electron's main).
export { ticketPrintSchema } from '@aufruf/protocol';
export type { TicketPrint } from '@aufruf/protocol';

/** Size multipliers on 80 mm paper (48 columns of font A): "A 042" at 4× still fits twice over. */
const NUMBER_SIZE = 4;
const ERRAND_HEIGHT = 2;

let escposLoaded: typeof escposModule | undefined;

/**
 * escpos (and its image stack) costs about 28 MB and 0.2 s to load: a hub that never prints, and
 * every process that only reads this package's schemas, should not pay for it.
 */
function loadEscpos(): typeof escposModule {
  escposLoaded ??= createRequire(import.meta.url)('escpos') as typeof escposModule;
  return escposLoaded;
}

/** ESC/POS bytes of one ticket, ready for any transport. */
export function ticketBytes(ticket: TicketPrint): Uint8Array {
  const paper = ticketDocument(ticket);
  const { page } = paper;
  const chunks: Buffer[] = [];
  // escpos hands its buffer to an adapter on flush(); this one just keeps the bytes.
  const capture: Adapter = {
    open: (done) => done?.(null),
    write: (data, done) => {
      chunks.push(Buffer.from(data));
      done?.(null);
    },
    close: (done) => done?.(null),
  };
  const escpos = loadEscpos();
  const printer = new escpos.Printer(capture, { encoding: page.encoding });
  const { TXT_BOLD_ON, TXT_BOLD_OFF } = escpos.command.TEXT_FORMAT;
  let table = page;
  // A line is printed in the ticket's page; a German office name on a Ukrainian ticket switches to
  // CP858 for its line, so "Bürgerbüro" keeps its ü. The table byte and our encoding always agree.
  const line = (text: string): void => {
    const use = printsIn(text, page) || !printsIn(text, CP858) ? page : CP858;
    if (use !== table) {
      printer.setCharacterCodeTable(use.table);
      table = use;
    }
    printer.text(toCodePageText(text, use), use.encoding);
  };
  // GS ! takes multipliers minus one; escpos passes them through unchanged.
  const size = (width: number, height: number): void => void printer.size(width - 1, height - 1);
  // style('B') would also send ESC 4/5 (italics, not Epson ESC/POS), so bold uses the bare constant.
  const bold = (on: boolean): void => void printer.print(on ? TXT_BOLD_ON : TXT_BOLD_OFF);

  printer.hardware('init').setCharacterCodeTable(page.table).align('ct');
  bold(true);
  line(paper.officeName);
  bold(false);
  printer.feed(1);
  line(paper.yourNumber);
  size(NUMBER_SIZE, NUMBER_SIZE);
  bold(true);
  line(paper.number);
  size(1, ERRAND_HEIGHT);
  line(paper.errandName);
  bold(false);
  size(1, 1);
  printer.feed(1);
  line(paper.drawnAt);
  line(paper.ahead);
  if (paper.estimate !== null) line(paper.estimate);
  if (paper.pastClosing !== null) line(paper.pastClosing);
  printer.feed(1);
  printer.raw(qrCodeCommands(paper.followUrl));
  printer.feed(1);
  line(paper.advice);
  printer.cut(true, 4).flush();
  return Buffer.concat(chunks);
}

const GS = 0x1d;
/** QR parameters: model 2, module size 6 dots (about 25 mm for a short URL), error level M. */
export const QR_MODULE_SIZE = 6;
const QR_LEVEL_M = 49;

/**
 * Native QR via GS ( k (cn 49). escpos 3's qrcode() sends GS Z / ESC Z, which Epson-compatible
 * printers don't know, so this one command is assembled here.
 */
function qrCodeCommands(data: string): Buffer {
  const payload = Buffer.from(data, 'utf8');
  const storeLength = payload.length + 3;
  if (storeLength > 0xffff) throw new RangeError('QR data too long');
  const fn = (...params: number[]): number[] => [GS, 0x28, 0x6b, params.length + 1, 0, 49, ...params];
  return Buffer.concat([
    Buffer.from(fn(65, 50, 0)), // select model 2
    Buffer.from(fn(67, QR_MODULE_SIZE)),
    Buffer.from(fn(69, QR_LEVEL_M)),
    Buffer.from([GS, 0x28, 0x6b, storeLength & 0xff, storeLength >> 8, 49, 80, 48]), // store
    payload,
    Buffer.from(fn(81, 48)), // print the stored symbol
  ]);
}
