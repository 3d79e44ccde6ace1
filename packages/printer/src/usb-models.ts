/** A USB receipt printer known to speak ESC/POS, recognised by its USB ids. */
export interface UsbPrinterModel {
  readonly vendorId: number;
  readonly productId: number;
  readonly name: string;
}

// Ids from usb.ids (linux-usb.org), Epson's technical reference manuals and lsusb reports of
// these printers. Current Epsons enumerate as 04b8:0202 in their default "vendor-defined class"
// (interface class 0xff, so the printer-class fallback misses them) and with an id of the model
// once switched to "USB printer class": both are listed. The generic ids belong to the USB bridge
// chips of cheap POS-80 printers, not to the printers; 0483:5720 is also ST's demo id for mass
// storage, hence the transport also wants a bulk OUT endpoint before it takes a listed device.
// deploy/udev/60-aufruf-printer.rules grants access to each of them (usb-models.test.ts checks).
export const USB_PRINTER_MODELS: readonly UsbPrinterModel[] = [
  { vendorId: 0x04b8, productId: 0x0202, name: 'Epson TM-T88IV/V/VI, TM-T20II/III (vendor class)' },
  { vendorId: 0x04b8, productId: 0x0e02, name: 'Epson TM-T88V (printer class)' },
  { vendorId: 0x04b8, productId: 0x0e21, name: 'Epson TM-T88VI (printer class)' },
  { vendorId: 0x04b8, productId: 0x0e03, name: 'Epson TM-T20' },
  { vendorId: 0x04b8, productId: 0x0e15, name: 'Epson TM-T20II' },
  { vendorId: 0x04b8, productId: 0x0e28, name: 'Epson TM-T20III (printer class)' },
  { vendorId: 0x0519, productId: 0x0003, name: 'Star TSP100/TSP143 (ESC/POS mode)' },
  { vendorId: 0x1504, productId: 0x0006, name: 'Bixolon SRP-350' },
  { vendorId: 0x1504, productId: 0x0011, name: 'Bixolon SRP-350plus' },
  { vendorId: 0x1504, productId: 0x001f, name: 'Bixolon SRP-350II' },
  { vendorId: 0x0416, productId: 0x5011, name: 'POS-80 clone (Winbond bridge)' },
  { vendorId: 0x0483, productId: 0x5720, name: 'POS-80 clone (STM32 bridge)' },
  { vendorId: 0x0fe6, productId: 0x811e, name: 'POS-80 clone (ICS Advent bridge)' },
];

/** The listed model with these ids, if any. */
export function usbPrinterModel(vendorId: number, productId: number): UsbPrinterModel | undefined {
  return USB_PRINTER_MODELS.find((model) => model.vendorId === vendorId && model.productId === productId);
}

/** Ids as lsusb and udev write them, e.g. "04b8:0202". */
export function usbIdText(vendorId: number, productId?: number): string {
  const hex = (id: number): string => id.toString(16).padStart(4, '0');
  return productId === undefined ? hex(vendorId) : `${hex(vendorId)}:${hex(productId)}`;
}
