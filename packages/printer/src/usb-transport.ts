import { createRequire } from 'node:module';
import type { Adapter } from 'escpos';
import type { UsbDevice } from 'escpos-usb';
import type { PrinterTransport } from './transport.ts';
import { offlineStatus, unknownStatus } from './status.ts';

export interface UsbOptions {
  readonly vendorId?: number;
  readonly productId?: number;
  /** Limit for one whole send; a stalled USB transfer would otherwise hang the kiosk. */
  readonly timeoutMs?: number;
}

interface UsbModule {
  findByIds(vendorId: number, productId: number): UsbDevice | undefined;
  getDeviceList(): UsbDevice[];
  usb?: Record<string, unknown>;
  [method: string]: unknown;
}

/**
 * The usb module exactly as escpos-usb requires it (resolved from escpos-usb's own folder, so
 * we add no dependency of our own). escpos-usb 3.0.0-alpha.4 calls usb.on() and
 * usb.removeAllListeners(), which usb 2.x moved to usb.usb: patch them back before it loads.
 */
function usbModule(): UsbModule {
  const fromEscposUsb = createRequire(createRequire(import.meta.url).resolve('escpos-usb'));
  const usb = fromEscposUsb('usb') as UsbModule;
  for (const method of ['on', 'removeAllListeners']) {
    const legacy = usb.usb?.[method];
    if (typeof usb[method] !== 'function' && typeof legacy === 'function') usb[method] = legacy.bind(usb.usb);
  }
  return usb;
}

const call = (step: string, run: (done: (error?: Error | null) => void) => unknown): Promise<void> =>
  new Promise((resolve, reject) => {
    run((error) => (error ? reject(new Error(`USB printer: ${step} failed: ${error.message}`)) : resolve()));
  });

const hex = (id: number): string => id.toString(16).padStart(4, '0');

/** A USB printer through escpos-usb (not unit-tested: no printer on the build machine). */
export function usbTransport({ vendorId, productId, timeoutMs = 10_000 }: UsbOptions = {}): PrinterTransport {
  const ids = [vendorId, productId].filter((id) => id !== undefined).map(hex);
  const name = ['usb', ...ids].join(':');

  // Loaded lazily so that nothing touches libusb unless a USB printer is configured.
  const findDevice = async (): Promise<UsbDevice | undefined> => {
    const usb = usbModule();
    const { default: USB } = await import('escpos-usb');
    if (vendorId === undefined) return USB.findPrinter()[0];
    if (productId !== undefined) return usb.findByIds(vendorId, productId);
    return usb.getDeviceList().find((device) => device.deviceDescriptor.idVendor === vendorId);
  };

  const openAdapter = async (): Promise<Adapter> => {
    const device = await findDevice();
    if (!device) throw new Error(`USB printer ${name} not found`);
    const { default: USB } = await import('escpos-usb');
    return new USB(device);
  };

  return {
    name,

    async send(bytes) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`USB printer: no answer within ${timeoutMs} ms`)),
          timeoutMs,
        );
      });
      const deliver = async (): Promise<void> => {
        const adapter = await openAdapter();
        await call('open', (done) => adapter.open(done));
        try {
          await call('write', (done) => adapter.write(Buffer.from(bytes), done));
        } catch (error) {
          await call('close', (done) => adapter.close(done)).catch(() => undefined);
          throw error;
        }
        await call('close', (done) => adapter.close(done));
      };
      try {
        await Promise.race([deliver(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },

    // escpos-usb only claims the OUT endpoint and has no read(), so DLE EOT answers cannot be
    // received: a missing device is 'offline', a present one 'unknown' (a failed send tells more).
    async queryStatus() {
      try {
        const device = await findDevice();
        return device
          ? unknownStatus('status bytes cannot be read over USB (escpos-usb has no read)')
          : offlineStatus(`USB printer ${name} not found`);
      } catch (error) {
        return offlineStatus(`USB unavailable: ${(error as Error).message}`);
      }
    },
  };
}
