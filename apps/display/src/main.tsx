import '@aufruf/ui/theme.css';
import './display.css';
import { createHubClient, deviceAuth } from '@aufruf/client';
import type { Language } from '@aufruf/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

// One connection for the whole screen, to the hub that served this page: with this device's pairing
// token, or (only a hub in demo mode accepts it) the display role.
const client = createHubClient({ auth: deviceAuth('display') });
// A display in a hall used mostly by English speakers can be opened as /display/?lang=en.
const language: Language = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'de';
const root = document.getElementById('root');
if (!root) throw new Error('#root fehlt in index.html');

createRoot(root).render(
  <StrictMode>
    <App client={client} language={language} />
  </StrictMode>,
);
