// What the Electron shell's preload puts on the page (apps/kiosk/electron/preload.ts). Both are
// optional: in a plain browser neither exists, and the kiosk prints on the hub's printer instead.
import type { DeviceBridge, KioskBridge } from '@aufruf/protocol/bridge';

declare global {
  interface Window {
    aufrufKiosk?: KioskBridge;
    aufrufDevice?: DeviceBridge;
  }
}

export {};
