import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USB_PRINTER_MODELS, usbIdText } from './usb-models.ts';

const rulesFile = resolve(import.meta.dirname, '../../../deploy/udev/60-aufruf-printer.rules');
const rules = readFileSync(rulesFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.trimStart().startsWith('#'));

/** The ids a rule line grants, e.g. "04b8:0202". */
const grantedIds = rules.flatMap((line) => {
  const vendor = /ATTRS?\{idVendor\}=="([0-9a-f]{4})"/.exec(line)?.[1];
  const product = /ATTRS?\{idProduct\}=="([0-9a-f]{4})"/.exec(line)?.[1];
  return vendor && product ? [`${vendor}:${product}`] : [];
});

describe('USB printer models and the udev rules', () => {
  it.each(USB_PRINTER_MODELS.map((model) => [model.name, usbIdText(model.vendorId, model.productId)]))(
    'grants the kiosk user access to %s (%s)',
    (_name, ids) => {
      expect(grantedIds).toContain(ids);
    },
  );

  it('grants no ids that the model list does not know', () => {
    const listed = USB_PRINTER_MODELS.map((model) => usbIdText(model.vendorId, model.productId));
    expect(grantedIds.filter((ids) => !listed.includes(ids))).toEqual([]);
  });

  it('lists each model once', () => {
    const ids = USB_PRINTER_MODELS.map((model) => usbIdText(model.vendorId, model.productId));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('grants any device with a USB printer-class interface, to the lp group', () => {
    expect(rules.filter((line) => line.includes('ENV{ID_USB_INTERFACES}=="*:0701*:*"'))).toHaveLength(1);
    for (const line of rules) expect(line).toMatch(/MODE="0660", GROUP="lp", TAG\+="uaccess"$/);
  });
});
