import { z } from 'zod';
import type { PrinterTransport } from './transport.ts';
import { tcpTransport } from './tcp-transport.ts';
import { usbTransport } from './usb-transport.ts';
import type { UsbModuleLike } from './usb-device.ts';
import { previewTransport } from './preview-transport.ts';

const usbId = z.number().int().min(0).max(0xffff);

/** Which printer a kiosk uses, as written in its configuration. */
export const printerSelectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('usb'), vendorId: usbId.optional(), productId: usbId.optional() }),
  z.object({
    kind: z.literal('tcp'),
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).default(9100),
  }),
  z.object({ kind: z.literal('preview'), dir: z.string().min(1) }),
]);

/** A printer selection as configured (port may be left out). */
export type PrinterSelection = z.input<typeof printerSelectionSchema>;

/** The transport for a selection; validates it first. Tests may hand in a fake usb module. */
export function openTransport(
  selection: PrinterSelection,
  { usb }: { readonly usb?: UsbModuleLike } = {},
): PrinterTransport {
  const parsed = printerSelectionSchema.parse(selection);
  switch (parsed.kind) {
    case 'usb':
      return usbTransport({ vendorId: parsed.vendorId, productId: parsed.productId, usb });
    case 'tcp':
      return tcpTransport({ host: parsed.host, port: parsed.port });
    case 'preview':
      return previewTransport({ dir: parsed.dir });
  }
}

export const PRINTER_ARG_FORMS =
  'usb, usb:VID:PID (hex, e.g. usb:04b8:0202), tcp://HOST[:PORT] or preview:DIR';

/** Reads a command-line printer choice: `usb`, `usb:04b8:0202`, `tcp://10.0.0.5:9100`, `preview:/path`. */
export function parsePrinterArg(text: string): PrinterSelection {
  const usb = /^usb(?::([0-9a-f]{1,4})(?::([0-9a-f]{1,4}))?)?$/i.exec(text);
  if (usb) {
    const [, vendor, product] = usb;
    return {
      kind: 'usb',
      ...(vendor === undefined ? {} : { vendorId: parseInt(vendor, 16) }),
      ...(product === undefined ? {} : { productId: parseInt(product, 16) }),
    };
  }
  if (text.startsWith('tcp://')) {
    const url = URL.canParse(text) ? new URL(text) : null;
    const plain =
      url && url.hostname !== '' && !url.username && (url.pathname === '' || url.pathname === '/');
    if (url && plain && !url.search && !url.hash) {
      const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
      return { kind: 'tcp', host, port: url.port === '' ? 9100 : Number(url.port) };
    }
  }
  if (text.startsWith('preview:') && text.length > 'preview:'.length) {
    return { kind: 'preview', dir: text.slice('preview:'.length) };
  }
  throw new Error(`Unknown printer "${text}": use ${PRINTER_ARG_FORMS}`);
}
