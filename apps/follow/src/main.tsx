import '@aufruf/ui/theme.css';
import './follow.css';
import { createFollowClient } from '@aufruf/client/follow';
import { render } from 'preact';
import { App } from './App.tsx';
import { tokenFromPath } from './follow-token.ts';

// The page address is the ticket's secret (/t/<token>); an address that cannot hold a token is no
// ticket at all, and the page says so without asking the hub.
const token = tokenFromPath(window.location.pathname);
const client = token ? createFollowClient({ token }) : null;
const root = document.getElementById('root');
if (!root) throw new Error('#root fehlt in index.html');

render(<App client={client} />, root);
