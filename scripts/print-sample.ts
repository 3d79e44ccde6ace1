// Prints (or writes) a sample ticket: `npm run print:sample -- --out ticket.bin | --printer SPEC`.
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  PRINTER_ARG_FORMS,
  createTicketPrinter,
  decodeEscPos,
  openTransport,
  parsePrinterArg,
  renderTicketHtml,
  ticketBytes,
} from '@aufruf/printer';
import type { PrinterSelection, PrinterStatus, TicketPrint } from '@aufruf/printer';

const USAGE = `Usage: npm run print:sample -- [--out FILE.bin] [--printer PRINTER]
  --out FILE       write the ESC/POS bytes to FILE and an HTML preview next to it
  --printer SPEC   check the status and print on ${PRINTER_ARG_FORMS}`;

function usage(problem: string): never {
  console.error(`${problem}\n\n${USAGE}`);
  process.exit(2);
}

function readArgs(): { out?: string; printer?: PrinterSelection } {
  let values: { out?: string; printer?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        out: { type: 'string' },
        printer: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    usage((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.out === undefined && values.printer === undefined) usage('Say where the ticket goes.');
  if (values.out === '') usage('--out needs a file name.');
  try {
    return {
      out: values.out,
      printer: values.printer === undefined ? undefined : parsePrinterArg(values.printer),
    };
  } catch (error) {
    usage((error as Error).message);
  }
}

const sampleTicket = (): TicketPrint => ({
  officeName: 'Bürgerbüro Musterstadt',
  number: { letter: 'A', number: 42 },
  errandName: 'Führerschein',
  drawnAt: Date.now(),
  timeZone: 'Europe/Berlin',
  ahead: 3,
  estimate: { minMinutes: 20, maxMinutes: 30 },
  // 16 random bytes are 22 base64url characters, like the hub's follow tokens.
  followUrl: `http://localhost:8080/t/${randomBytes(16).toString('base64url')}`,
});

const describe = (status: PrinterStatus): string =>
  `${status.state}${status.canPrint ? '' : ' (cannot print)'}${status.message ? ` – ${status.message}` : ''}`;

async function main(): Promise<number> {
  const args = readArgs();
  const ticket = sampleTicket();
  if (args.out !== undefined) {
    const bytes = ticketBytes(ticket);
    const bin = resolve(args.out);
    const html = bin.replace(/(\.bin)?$/i, '.html');
    await mkdir(dirname(bin), { recursive: true });
    await writeFile(bin, bytes);
    await writeFile(html, renderTicketHtml(decodeEscPos(bytes), 'A 042'));
    console.log(`Wrote ${bytes.length} bytes to ${bin}\nPreview: ${html}`);
  }
  if (args.printer !== undefined) {
    const transport = openTransport(args.printer);
    const printer = createTicketPrinter(transport, {
      onStatus: (status) => console.log(`Printer ${transport.name}: ${describe(status)}`),
    });
    const outcome = await printer.print(ticket);
    if (!outcome.ok) {
      console.error(`Not printed: ${outcome.reason}${outcome.error ? ` (${outcome.error})` : ''}`);
      return 1;
    }
    console.log(`Printed A 042 on ${transport.name}.`);
  }
  return 0;
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  return 1;
});
