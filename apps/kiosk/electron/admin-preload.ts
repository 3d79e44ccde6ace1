// The admin prompt's only way out of its page: hand the typed secret to main, which asks the hub.
import type { AdminBridge } from '../../../packages/desktop/src/admin-channel.ts';
import { adminChannels } from '../../../packages/desktop/src/admin-channel.ts';
import { contextBridge, ipcRenderer } from 'electron';

const admin: AdminBridge = {
  unlock: (secret) => ipcRenderer.invoke(adminChannels.unlock, { secret }),
};

contextBridge.exposeInMainWorld('aufrufAdmin', admin);
