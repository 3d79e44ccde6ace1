import '@aufruf/ui/theme.css';
import './kiosk.css';
import { createHubClient, deviceAuth } from '@aufruf/client';
import type { HandshakeAuth } from '@aufruf/protocol';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createBridgePrinter } from './bridge-printer.ts';
import { createHubPrinter } from './hub-printer.ts';

/** A shell that does not answer must not keep the kiosk from starting. */
const SHELL_TOKEN_TIMEOUT_MS = 3000;

/** The pairing token from the Electron shell's config, or null in a plain browser. */
async function shellToken(): Promise<string | null> {
  const device = window.aufrufDevice;
  if (!device) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), SHELL_TOKEN_TIMEOUT_MS));
  return Promise.race([device.deviceToken(), timeout]).catch(() => null);
}

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root fehlt in index.html');

  // One connection for the whole kiosk, to the hub that served this page: with the token the shell
  // holds, else this browser's pairing token, else (only a hub in demo mode accepts it) the kiosk role.
  const token = await shellToken();
  const auth = token ? (): HandshakeAuth => ({ token }) : deviceAuth('kiosk');
  const client = createHubClient({ auth });

  // Tickets come out of the kiosk's own printer in the Electron shell, else out of the hub's.
  const bridge = window.aufrufKiosk;
  const printer = bridge ? createBridgePrinter(bridge, client) : createHubPrinter(client);

  createRoot(root).render(
    <StrictMode>
      <App client={client} printer={printer} />
    </StrictMode>,
  );
}

void start();
