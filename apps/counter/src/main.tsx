import '@aufruf/ui/theme.css';
import './counter.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHubClient, deviceAuth } from '@aufruf/client';
import { App } from './App.tsx';

// One connection per window, to the hub that served this page: with this computer's pairing token, or
// (only a hub in demo mode accepts it) the counter role.
const client = createHubClient({ auth: deviceAuth('counter') });

const root = document.getElementById('root');
if (!root) throw new Error('#root fehlt in index.html');

createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
