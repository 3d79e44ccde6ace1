// The kiosk page's only way to the printer: three calls, each checked again in the main process.
import { bridgeChannels } from '@aufruf/protocol/bridge';
import type { DeviceBridge, KioskBridge } from '@aufruf/protocol/bridge';
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';

const kiosk: KioskBridge = {
  print: (job) => ipcRenderer.invoke(bridgeChannels.print, job),
  printerStatus: () => ipcRenderer.invoke(bridgeChannels.printerStatus),
  onPrinterStatus(listener) {
    const forward = (_event: IpcRendererEvent, status: Parameters<typeof listener>[0]): void =>
      listener(status);
    ipcRenderer.on(bridgeChannels.printerStatusChanged, forward);
    return () => ipcRenderer.removeListener(bridgeChannels.printerStatusChanged, forward);
  },
};

const device: DeviceBridge = {
  deviceToken: async () => {
    const reply = (await ipcRenderer.invoke(bridgeChannels.deviceToken)) as {
      ok: boolean;
      value?: string | null;
    };
    return reply.ok ? (reply.value ?? null) : null;
  },
};

contextBridge.exposeInMainWorld('aufrufKiosk', kiosk);
contextBridge.exposeInMainWorld('aufrufDevice', device);
