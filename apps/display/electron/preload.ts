// The TV page needs nothing from the PC but its device token.
import { bridgeChannels } from '@aufruf/protocol/bridge';
import type { DeviceBridge } from '@aufruf/protocol/bridge';
import { contextBridge, ipcRenderer } from 'electron';

const device: DeviceBridge = {
  deviceToken: async () => {
    const reply = (await ipcRenderer.invoke(bridgeChannels.deviceToken)) as {
      ok: boolean;
      value?: string | null;
    };
    return reply.ok ? (reply.value ?? null) : null;
  },
};

contextBridge.exposeInMainWorld('aufrufDevice', device);
