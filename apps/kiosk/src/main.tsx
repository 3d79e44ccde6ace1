import '@aufruf/ui/theme.css';
import './kiosk.css';
import { createHubClient, deviceAuth } from '@aufruf/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

// One connection for the whole kiosk, to the hub that served this page: with this device's pairing
// token, or (only a hub in demo mode accepts it) the kiosk role.
const client = createHubClient({ auth: deviceAuth('kiosk') });
const root = document.getElementById('root');
if (!root) throw new Error('#root fehlt in index.html');

createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
