import '@aufruf/ui/theme.css';
import './admin.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { restoreSession } from './session.ts';

// A reload within the same browser window keeps the admin signed in (the key is in sessionStorage).
const session = restoreSession();

const root = document.getElementById('root');
if (!root) throw new Error('#root fehlt in index.html');

createRoot(root).render(
  <StrictMode>
    <App initialSession={session} />
  </StrictMode>,
);
