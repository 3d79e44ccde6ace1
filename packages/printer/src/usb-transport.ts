import { createRequire } from 'node:module';
import type { PrinterTransport } from './transport.ts';
import { offlineStatus, unknownStatus } from './status.ts';
import { readUsbStatus } from './usb-status.ts';
import { LIBUSB, isInEndpoint, isOutEndpoint } from './usb-device.ts';
import type {
  UsbDevice,
  UsbEndpoint,
  UsbError,
  UsbInEndpoint,
  UsbInterface,
  UsbInterfaceDescriptor,
  UsbModuleLike,
  UsbOutEndpoint,
} from './usb-device.ts';
import { USB_PRINTER_MODELS, usbIdText, usbPrinterModel } from './usb-models.ts';

export interface UsbOptions {
  readonly vendorId?: number;
  readonly productId?: number;
  /** Limit for writing one ticket; a stalled USB transfer would otherwise hang the kiosk. */
  readonly timeoutMs?: number;
  /** Limit for each status answer (DLE EOT n), which a printer sends at once. */
  readonly statusTimeoutMs?: number;
  /** The usb module; tests hand in a fake one (fake-usb-printer.ts). */
  readonly usb?: UsbModuleLike;
}

let realUsb: UsbModuleLike | undefined;

/**
 * The usb module that escpos-usb depends on, resolved from escpos-usb's own folder so that we add
 * no dependency of our own. Loaded on first use: nothing touches libusb unless a USB printer is
 * configured.
 */
function usbModule(): UsbModuleLike {
  realUsb ??= createRequire(createRequire(import.meta.url).resolve('escpos-usb'))('usb') as UsbModuleLike;
  return realUsb;
}

const descriptors = (device: UsbDevice): readonly UsbInterfaceDescriptor[] => {
  try {
    return device.configDescriptor?.interfaces.flat() ?? [];
  } catch {
    return []; // some devices' descriptors cannot be read without a driver: not our printer
  }
};
const isBulk = (attributes: number): boolean => (attributes & 0x03) === LIBUSB.TRANSFER_TYPE_BULK;
const printsOn = (d: UsbInterfaceDescriptor): boolean =>
  d.endpoints.some((e) => (e.bEndpointAddress & LIBUSB.ENDPOINT_IN) === 0 && isBulk(e.bmAttributes));
const isListedModel = (device: UsbDevice): boolean =>
  usbPrinterModel(device.deviceDescriptor.idVendor, device.deviceDescriptor.idProduct) !== undefined &&
  descriptors(device).some(printsOn);
const isPrinterClass = (device: UsbDevice): boolean =>
  descriptors(device).some((d) => d.bInterfaceClass === LIBUSB.CLASS_PRINTER);

/**
 * The device a selection means: the one with both ids given, else (of the given maker, if any) a
 * listed model, else a USB printer-class device. A maker's scanner is never taken for its printer.
 */
export function chooseUsbPrinter(
  devices: readonly UsbDevice[],
  { vendorId, productId }: Pick<UsbOptions, 'vendorId' | 'productId'> = {},
): UsbDevice | undefined {
  const candidates = devices.filter(
    ({ deviceDescriptor: d }) =>
      (vendorId === undefined || d.idVendor === vendorId) &&
      (productId === undefined || d.idProduct === productId),
  );
  const named = productId === undefined ? undefined : candidates[0];
  return candidates.find(isListedModel) ?? candidates.find(isPrinterClass) ?? named;
}

const label = ({ deviceDescriptor: { idVendor, idProduct } }: UsbDevice): string => {
  const model = usbPrinterModel(idVendor, idProduct);
  return `USB printer ${model ? `${model.name}, ` : ''}${usbIdText(idVendor, idProduct)}`;
};

/** A libusb failure in words a log reader can act on. */
function failure(printer: string, step: string, error: unknown, limitMs?: number): Error {
  const code = error instanceof Error ? error.message : String(error);
  const says = (message: string): Error => new Error(message, { cause: error });
  switch ((error as UsbError | undefined)?.errno) {
    case LIBUSB.TRANSFER_NO_DEVICE:
    case LIBUSB.ERROR_NO_DEVICE:
      return says(`${printer} was disconnected (${code} during ${step})`);
    case LIBUSB.ERROR_ACCESS:
      return says(
        `${printer}: no permission to ${step} it (${code}); see deploy/udev/60-aufruf-printer.rules`,
      );
    case LIBUSB.ERROR_BUSY:
      return says(`${printer} is in use by another driver or program (${code} during ${step})`);
    case LIBUSB.TRANSFER_TIMED_OUT:
    case LIBUSB.ERROR_TIMEOUT:
      return says(`${printer}: ${step} not finished within ${limitMs ?? '?'} ms (${code})`);
    case LIBUSB.TRANSFER_STALL:
    case LIBUSB.ERROR_PIPE:
      return says(`${printer}: ${step} stalled (${code})`);
    default:
      return says(`${printer}: ${step} failed (${code})`);
  }
}

interface Link {
  write: (bytes: Uint8Array, limitMs: number) => Promise<void>;
  /** What arrived within limitMs (maybe nothing); absent without an IN endpoint. */
  read?: (limitMs: number) => Promise<Uint8Array>;
}

// A halted endpoint stays halted (also for the next conversation) until the host clears it.
const clearHalt = (endpoint: UsbEndpoint, error: UsbError | undefined, then: () => void): void => {
  const stalled = error?.errno === LIBUSB.TRANSFER_STALL || error?.errno === LIBUSB.ERROR_PIPE;
  if (stalled) endpoint.clearHalt(() => then());
  else then();
};

function link(printer: string, out: UsbOutEndpoint, input: UsbInEndpoint | undefined): Link {
  const write = (bytes: Uint8Array, limitMs: number): Promise<void> =>
    new Promise((resolve, reject) => {
      out.timeout = limitMs; // the usb package's default, 0, would wait for ever
      out.transfer(Buffer.from(bytes), (error, actual) => {
        if (!error) return resolve();
        const step = `write (${actual} of ${bytes.length} bytes sent)`;
        clearHalt(out, error, () => reject(failure(printer, step, error, limitMs)));
      });
    });
  if (!input) return { write };
  const read = (limitMs: number): Promise<Uint8Array> =>
    new Promise((resolve, reject) => {
      input.timeout = limitMs;
      // Whole packets: a shorter read overflows when the printer sends a full one.
      input.transfer(input.descriptor.wMaxPacketSize || 64, (error, data) => {
        if (!error || error.errno === LIBUSB.TRANSFER_TIMED_OUT) return resolve(data ?? new Uint8Array());
        clearHalt(input, error, () => reject(failure(printer, 'status read', error, limitMs)));
      });
    });
  return { write, read };
}

/** Opens, claims (taking the interface from usblp if bound), runs work, gives everything back. */
async function converse<T>(device: UsbDevice, work: (link: Link) => Promise<T>): Promise<T> {
  const printer = label(device);
  try {
    device.open();
  } catch (error) {
    throw failure(printer, 'open', error);
  }
  try {
    const [iface, out, input] = pickInterface(device.interfaces ?? []) ?? [];
    if (!iface || !out) throw new Error(`${printer} has no bulk OUT endpoint to print on`);
    const detached = detachKernelDriver(iface);
    try {
      try {
        iface.claim();
      } catch (error) {
        throw failure(printer, 'claim', error);
      }
      try {
        return await work(link(printer, out, input));
      } finally {
        // Fails only when the printer is gone, and then there is nothing left to give back.
        await new Promise<void>((resolve) => iface.release(() => resolve()));
      }
    } finally {
      if (detached) reattachKernelDriver(iface);
    }
  } finally {
    try {
      device.close();
    } catch {
      // closing a handle whose device was unplugged: libusb has already let it go
    }
  }
}

function pickInterface(
  interfaces: readonly UsbInterface[],
): [UsbInterface, UsbOutEndpoint, UsbInEndpoint?] | undefined {
  let writeOnly: [UsbInterface, UsbOutEndpoint] | undefined;
  for (const iface of interfaces) {
    const out = iface.endpoints
      .filter(isOutEndpoint)
      .find((e) => e.transferType === LIBUSB.TRANSFER_TYPE_BULK);
    const input = iface.endpoints
      .filter(isInEndpoint)
      .find((e) => e.transferType === LIBUSB.TRANSFER_TYPE_BULK);
    if (out && input) return [iface, out, input];
    if (out) writeOnly ??= [iface, out];
  }
  return writeOnly;
}

function detachKernelDriver(iface: UsbInterface): boolean {
  try {
    if (!iface.isKernelDriverActive()) return false;
    iface.detachKernelDriver();
    return true;
  } catch {
    return false; // not supported on Windows and macOS; claim() then names a real conflict
  }
}

function reattachKernelDriver(iface: UsbInterface): void {
  try {
    iface.attachKernelDriver(); // so that /dev/usb/lp0 comes back for other tools
  } catch {
    // unplugged meanwhile, or usblp unloaded: the next conversation detaches nothing
  }
}

/** A USB printer spoken to through the usb package's device API, with status over its IN pipe. */
export function usbTransport({
  vendorId,
  productId,
  timeoutMs = 10_000,
  statusTimeoutMs = 1000,
  usb,
}: UsbOptions = {}): PrinterTransport {
  const name = [
    'usb',
    ...[vendorId, productId].filter((id) => id !== undefined).map((id) => usbIdText(id)),
  ].join(':');
  const missing =
    vendorId === undefined
      ? `No USB printer found (none of the ${USB_PRINTER_MODELS.length} known models, no printer-class device)`
      : `USB printer ${usbIdText(vendorId, productId)} not found (unplugged or switched off?)`;

  const find = (): UsbDevice => {
    let devices: readonly UsbDevice[];
    try {
      devices = (usb ?? usbModule()).getDeviceList();
    } catch (error) {
      throw new Error(`USB unavailable: ${(error as Error).message}`, { cause: error });
    }
    const device = chooseUsbPrinter(devices, { vendorId, productId });
    if (!device) throw new Error(missing);
    return device;
  };

  return {
    name,

    async send(bytes) {
      await converse(find(), (link) => link.write(bytes, timeoutMs));
    },

    async queryStatus() {
      try {
        const device = find();
        return await converse(device, ({ write, read }) =>
          read
            ? readUsbStatus(label(device), { write, read }, statusTimeoutMs)
            : Promise.resolve(unknownStatus(`${label(device)} has no IN endpoint: status cannot be read`)),
        );
      } catch (error) {
        return offlineStatus((error as Error).message);
      }
    },
  };
}
