// The one hardware mock of the project: a USB receipt printer that behaves like the usb package's
// legacy Device on Linux (usblp bound to printer-class interfaces, claim before transfer, async
// transfer callbacks, libusb error names and numbers, timeouts, halted endpoints) and answers
// DLE EOT n with Epson's status bytes.
import { LIBUSB } from './usb-device.ts';
import type {
  UsbDevice,
  UsbError,
  UsbInEndpoint,
  UsbInterface,
  UsbInterfaceDescriptor,
  UsbModuleLike,
  UsbOutEndpoint,
} from './usb-device.ts';

export interface FakeUsbPrinterOptions {
  readonly vendorId: number;
  readonly productId: number;
  /** bInterfaceClass: 7 (printer) unless told, 0xff for Epson's vendor class, 3 for a keyboard. */
  readonly interfaceClass?: number;
  /** False for a printer that can only be written to. */
  readonly withInEndpoint?: boolean;
  /** False for a printer that ignores DLE EOT (pushAsb still reports). */
  readonly answersStatus?: boolean;
}

export interface FakeUsbPrinterStatus {
  readonly paperOut?: boolean;
  readonly paperNearEnd?: boolean;
  readonly coverOpen?: boolean;
  readonly offline?: boolean;
}

export interface FakeUsbPrinter {
  /** The device as plugged in now: a new object after each plug(), as libusb hands out. */
  readonly device: UsbDevice;
  /** A usb module that lists this printer while it is plugged in. */
  readonly module: UsbModuleLike;
  setStatus(status: FakeUsbPrinterStatus): void;
  unplug(): void;
  plug(): void;
  /** Halts the endpoint: its transfers fail with LIBUSB_TRANSFER_STALL until the host clears it. */
  stallNext(direction: 'in' | 'out'): void;
  /** The next write gets half its bytes through, then the cable is pulled. */
  unplugDuringNextWrite(): void;
  /** The receive buffer is full (or empty again): writes wait until libusb's timeout ends them. */
  fillBuffer(full?: boolean): void;
  /** Sends an automatic status back block of the current state, as with GS a enabled. */
  pushAsb(): void;
  /** Sends bytes up the IN pipe unasked. */
  pushIn(bytes: Uint8Array): void;
  /** Every byte written except the status requests, across all connections. */
  received(): Uint8Array;
  readonly claimed: boolean;
  readonly kernelDriverActive: boolean;
  readonly statusRequests: number;
}

class LibUsbError extends Error implements UsbError {
  constructor(
    message: string,
    readonly errno: number,
  ) {
    super(message);
  }
}
const noDevice = (): LibUsbError => new LibUsbError('LIBUSB_ERROR_NO_DEVICE', LIBUSB.ERROR_NO_DEVICE);
const later = (run: () => void): void => void setImmediate(run);
const BULK_OUT = { bEndpointAddress: 0x01, bmAttributes: LIBUSB.TRANSFER_TYPE_BULK, wMaxPacketSize: 64 };
const BULK_IN = { bEndpointAddress: 0x82, bmAttributes: LIBUSB.TRANSFER_TYPE_BULK, wMaxPacketSize: 64 };

/** Epson's answers to DLE EOT 1..4: bits 1 and 4 always set, then what stops printing. */
function statusByte(n: number, s: FakeUsbPrinterStatus): number {
  const stopped = s.offline === true || s.coverOpen === true || s.paperOut === true;
  if (n === 1) return 0x12 | (stopped ? 0x08 : 0);
  if (n === 2) return 0x12 | (s.coverOpen ? 0x04 : 0) | (s.paperOut ? 0x20 : 0);
  if (n === 3) return 0x12;
  return 0x12 | (s.paperNearEnd || s.paperOut ? 0x0c : 0) | (s.paperOut ? 0x60 : 0);
}

function asbBlock(s: FakeUsbPrinterStatus): number[] {
  const stopped = s.offline === true || s.coverOpen === true || s.paperOut === true;
  const paper = (s.paperNearEnd || s.paperOut ? 0x03 : 0) | (s.paperOut ? 0x0c : 0);
  return [0x10 | (stopped ? 0x08 : 0) | (s.coverOpen ? 0x20 : 0), 0x00, paper, 0x00];
}

/** A printer as the fake usb module shows it; see FakeUsbPrinter for the levers. */
export function createFakeUsbPrinter({
  vendorId,
  productId,
  interfaceClass = LIBUSB.CLASS_PRINTER,
  withInEndpoint = true,
  answersStatus = true,
}: FakeUsbPrinterOptions): FakeUsbPrinter {
  let status: FakeUsbPrinterStatus = {};
  let statusRequests = 0;
  let unplugNextWrite = false;
  let bufferFull = false;
  const printed: number[] = [];
  let pending: number[] = []; // a DLE split across two writes
  const upstream: number[] = [];

  const descriptor: UsbInterfaceDescriptor = {
    bInterfaceNumber: 0,
    bInterfaceClass: interfaceClass,
    endpoints: withInEndpoint ? [BULK_OUT, BULK_IN] : [BULK_OUT],
  };

  // One enumeration of the device: unplugging ends it, plugging in starts a fresh one.
  const enumerate = () => {
    const state = {
      plugged: true,
      claimed: false,
      // usblp binds to every printer-class interface it sees.
      kernelDriver: interfaceClass === LIBUSB.CLASS_PRINTER,
      halted: { in: false, out: false },
      inFlight: 0,
      readers: [] as { fail: (error: UsbError) => void; serve: () => boolean }[],
      waitingWrites: [] as ((error: UsbError) => void)[],
    };

    const refuse = (direction: 'in' | 'out'): UsbError | undefined => {
      if (!state.plugged) return noDevice();
      if (!state.claimed) return new LibUsbError('LIBUSB_ERROR_NOT_FOUND', LIBUSB.ERROR_NOT_FOUND);
      if (state.halted[direction]) return new LibUsbError('LIBUSB_TRANSFER_STALL', LIBUSB.TRANSFER_STALL);
      return undefined;
    };
    const finish = (run: () => void): void => {
      state.inFlight += 1;
      later(() => {
        state.inFlight -= 1;
        run();
      });
    };
    // A write the printer does not take (NAK after NAK) ends only by timeout or unplugging.
    const waitForever = (timeout: number, end: (error: UsbError) => void): void => {
      state.inFlight += 1;
      const fail = (error: UsbError): void => {
        clearTimeout(timer);
        state.waitingWrites = state.waitingWrites.filter((w) => w !== fail);
        later(() => {
          state.inFlight -= 1;
          end(error);
        });
      };
      const timedOut = new LibUsbError('LIBUSB_TRANSFER_TIMED_OUT', LIBUSB.TRANSFER_TIMED_OUT);
      const timer = timeout > 0 ? setTimeout(() => fail(timedOut), timeout) : undefined;
      state.waitingWrites.push(fail);
    };
    const clearHalt = (direction: 'in' | 'out') => (callback: (error?: UsbError) => void) =>
      later(() => {
        if (!state.plugged) return callback(noDevice());
        state.halted[direction] = false;
        callback();
      });

    const out: UsbOutEndpoint = {
      direction: 'out',
      transferType: LIBUSB.TRANSFER_TYPE_BULK,
      timeout: 0,
      descriptor: BULK_OUT,
      clearHalt: clearHalt('out'),
      transfer(data, callback) {
        const refused = refuse('out');
        if (refused) return finish(() => callback(refused, 0));
        const bytes = [...data];
        if (bufferFull) return waitForever(out.timeout, (error) => callback(error, 0));
        if (unplugNextWrite) {
          unplugNextWrite = false;
          const half = bytes.slice(0, Math.floor(bytes.length / 2));
          take(half);
          return finish(() => {
            handle.unplug();
            callback(new LibUsbError('LIBUSB_TRANSFER_NO_DEVICE', LIBUSB.TRANSFER_NO_DEVICE), half.length);
          });
        }
        take(bytes);
        return finish(() => callback(undefined, bytes.length));
      },
    };

    const input: UsbInEndpoint = {
      direction: 'in',
      transferType: LIBUSB.TRANSFER_TYPE_BULK,
      timeout: 0,
      descriptor: BULK_IN,
      clearHalt: clearHalt('in'),
      transfer(length, callback) {
        const refused = refuse('in');
        if (refused) return finish(() => callback(refused, Buffer.alloc(0)));
        state.inFlight += 1;
        let timer: NodeJS.Timeout | undefined;
        const deliver = (error: UsbError | undefined, data: number[]): void => {
          clearTimeout(timer);
          state.readers = state.readers.filter((r) => r !== reader);
          later(() => {
            state.inFlight -= 1;
            callback(error, Buffer.from(data));
          });
        };
        const reader = {
          fail: (error: UsbError) => deliver(error, []),
          serve: (): boolean => {
            if (upstream.length === 0) return false;
            deliver(undefined, upstream.splice(0, length));
            return true;
          },
        };
        // The usb package passes the endpoint's timeout to libusb, which gives up after it.
        if (input.timeout > 0) {
          const timedOut = new LibUsbError('LIBUSB_TRANSFER_TIMED_OUT', LIBUSB.TRANSFER_TIMED_OUT);
          timer = setTimeout(() => reader.fail(timedOut), input.timeout);
        }
        if (!reader.serve()) state.readers.push(reader);
        return input;
      },
    };

    const iface: UsbInterface = {
      interfaceNumber: 0,
      descriptor,
      endpoints: withInEndpoint ? [out, input] : [out],
      claim() {
        if (!state.plugged) throw noDevice();
        if (state.kernelDriver) throw new LibUsbError('LIBUSB_ERROR_BUSY', LIBUSB.ERROR_BUSY);
        state.claimed = true;
      },
      release(callback) {
        later(() => {
          if (!state.plugged) return callback(noDevice());
          if (state.inFlight > 0) return callback(new LibUsbError('LIBUSB_ERROR_BUSY', LIBUSB.ERROR_BUSY));
          state.claimed = false;
          callback();
        });
      },
      isKernelDriverActive() {
        if (!state.plugged) throw noDevice();
        return state.kernelDriver;
      },
      detachKernelDriver() {
        if (!state.plugged) throw noDevice();
        if (!state.kernelDriver) throw new LibUsbError('LIBUSB_ERROR_NOT_FOUND', LIBUSB.ERROR_NOT_FOUND);
        state.kernelDriver = false;
      },
      attachKernelDriver() {
        if (!state.plugged) throw noDevice();
        if (state.claimed || state.kernelDriver)
          throw new LibUsbError('LIBUSB_ERROR_BUSY', LIBUSB.ERROR_BUSY);
        state.kernelDriver = true;
      },
    };

    let interfaces: readonly UsbInterface[] | undefined;
    const device: UsbDevice = {
      deviceDescriptor: { idVendor: vendorId, idProduct: productId },
      configDescriptor: { interfaces: [[descriptor]] },
      get interfaces() {
        return interfaces;
      },
      open() {
        if (!state.plugged) throw noDevice();
        interfaces = [iface];
      },
      close() {
        if (state.inFlight > 0) throw new Error("Can't close device with a pending request");
        state.claimed = false;
        interfaces = undefined;
      },
    };
    return { state, device };
  };

  let current = enumerate();

  const feed = (): void => {
    for (const reader of [...current.state.readers]) if (!reader.serve()) break;
  };
  const sendUp = (bytes: readonly number[]): void => {
    if (!withInEndpoint || !current.state.plugged) return;
    upstream.push(...bytes);
    feed();
  };
  // Like a printer, DLE EOT n is picked out of the data stream wherever it appears.
  function take(bytes: readonly number[]): void {
    pending.push(...bytes);
    let at = 0;
    while (at < pending.length) {
      const n = pending[at + 2];
      if (pending[at] === 0x10 && n === undefined) break;
      if (pending[at] === 0x10 && pending[at + 1] === 0x04 && n !== undefined && n >= 1 && n <= 4) {
        statusRequests += 1;
        if (answersStatus) sendUp([statusByte(n, status)]);
        at += 3;
      } else {
        printed.push(pending[at] ?? 0);
        at += 1;
      }
    }
    pending = pending.slice(at);
  }

  const handle: FakeUsbPrinter = {
    get device() {
      return current.device;
    },
    module: { getDeviceList: () => (current.state.plugged ? [current.device] : []) },
    setStatus(next) {
      status = { ...next };
    },
    unplug() {
      const { state } = current;
      if (!state.plugged) return;
      state.plugged = false;
      upstream.length = 0;
      printed.push(...pending.splice(0));
      const gone = new LibUsbError('LIBUSB_TRANSFER_NO_DEVICE', LIBUSB.TRANSFER_NO_DEVICE);
      for (const reader of [...state.readers]) reader.fail(gone);
      for (const fail of [...state.waitingWrites]) fail(gone);
    },
    plug() {
      if (!current.state.plugged) current = enumerate();
    },
    stallNext(direction) {
      current.state.halted[direction] = true;
    },
    unplugDuringNextWrite() {
      unplugNextWrite = true;
    },
    fillBuffer(full = true) {
      bufferFull = full;
    },
    pushAsb: () => sendUp(asbBlock(status)),
    pushIn: (bytes) => sendUp([...bytes]),
    received: () => Uint8Array.from([...printed, ...pending]),
    get claimed() {
      return current.state.claimed;
    },
    get kernelDriverActive() {
      return current.state.kernelDriver;
    },
    get statusRequests() {
      return statusRequests;
    },
  };
  return handle;
}

/** A usb module listing several fakes in the given order, e.g. a keyboard before the printer. */
export function fakeUsbBus(...printers: readonly FakeUsbPrinter[]): UsbModuleLike {
  return { getDeviceList: () => printers.flatMap((printer) => printer.module.getDeviceList()) };
}
