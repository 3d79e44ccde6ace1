// The slice of the usb package's legacy API (usb 2.x: dist/usb/device.d.ts, interface.d.ts,
// endpoint.d.ts) that the USB transport calls, written structurally so that tests can hand in a
// fake device (fake-usb-printer.ts) and the real module is only loaded on a kiosk.

/** A LibUSBException: message is libusb's name for the code, e.g. "LIBUSB_TRANSFER_STALL". */
export interface UsbError extends Error {
  readonly errno?: number;
}

/** libusb.h values, the same the usb package exports (errno of a transfer is its status). */
export const LIBUSB = {
  CLASS_PRINTER: 7,
  ENDPOINT_IN: 0x80,
  TRANSFER_TYPE_BULK: 2,
  TRANSFER_TIMED_OUT: 2,
  TRANSFER_STALL: 4,
  TRANSFER_NO_DEVICE: 5,
  ERROR_IO: -1,
  ERROR_ACCESS: -3,
  ERROR_NO_DEVICE: -4,
  ERROR_NOT_FOUND: -5,
  ERROR_BUSY: -6,
  ERROR_TIMEOUT: -7,
  ERROR_PIPE: -9,
  ERROR_NOT_SUPPORTED: -12,
} as const;

export interface UsbEndpointDescriptor {
  readonly bEndpointAddress: number;
  readonly bmAttributes: number;
  readonly wMaxPacketSize: number;
}

export interface UsbInterfaceDescriptor {
  readonly bInterfaceNumber: number;
  readonly bInterfaceClass: number;
  readonly endpoints: readonly UsbEndpointDescriptor[];
}

interface UsbEndpointBase {
  readonly direction: 'in' | 'out';
  /** LIBUSB.TRANSFER_TYPE_BULK for a printer's data pipes. */
  readonly transferType: number;
  /** Milliseconds for each transfer; 0 (the package's default) waits for ever. */
  timeout: number;
  readonly descriptor: UsbEndpointDescriptor;
  clearHalt(callback: (error?: UsbError) => void): void;
}

export interface UsbInEndpoint extends UsbEndpointBase {
  transfer(length: number, callback: (error: UsbError | undefined, data?: Buffer) => void): unknown;
}

export interface UsbOutEndpoint extends UsbEndpointBase {
  transfer(data: Buffer, callback: (error: UsbError | undefined, actual: number) => void): unknown;
}

export type UsbEndpoint = UsbInEndpoint | UsbOutEndpoint;

/** The package types both kinds with direction 'in' | 'out', so the field cannot narrow alone. */
export const isInEndpoint = (endpoint: UsbEndpoint): endpoint is UsbInEndpoint => endpoint.direction === 'in';
export const isOutEndpoint = (endpoint: UsbEndpoint): endpoint is UsbOutEndpoint =>
  endpoint.direction === 'out';

export interface UsbInterface {
  readonly interfaceNumber: number;
  readonly descriptor: UsbInterfaceDescriptor;
  readonly endpoints: readonly UsbEndpoint[];
  claim(): void;
  release(callback: (error?: UsbError) => void): void;
  isKernelDriverActive(): boolean;
  detachKernelDriver(): void;
  attachKernelDriver(): void;
}

export interface UsbDevice {
  readonly deviceDescriptor: { readonly idVendor: number; readonly idProduct: number };
  /** Readable without opening; a getter that can throw for devices the OS hides. */
  readonly configDescriptor?: { readonly interfaces: readonly (readonly UsbInterfaceDescriptor[])[] };
  /** Set by open(), cleared by close(). */
  readonly interfaces?: readonly UsbInterface[];
  open(): void;
  close(): void;
}

/** What the transport needs of the usb module: the devices plugged in right now. */
export interface UsbModuleLike {
  getDeviceList(): readonly UsbDevice[];
}
