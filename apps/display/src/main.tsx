import '@aufruf/ui/theme.css';
import './display.css';
import './sound.css';
import { createHubClient, deviceAuth } from '@aufruf/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { readDisplayConfig, spokenLanguages } from './display-config.ts';
import { createAnnouncer } from './sound/announcer.ts';
import { createAudioEngine } from './sound/audio-engine.ts';
import { announceCalls } from './sound/call-announcements.ts';
import { createClipBank } from './sound/clip-bank.ts';
import { createSoundController } from './sound/sound-controller.ts';
import { rememberedVolume, soundRemembered } from './sound/sound-memory.ts';

// One connection for the whole screen, to the hub that served this page: with this device's pairing
// token, or (only a hub in demo mode accepts it) the display role.
const client = createHubClient({ auth: deviceAuth('display') });
// Each screen is set up by its address, e.g. /display/?lang=en&second=de for a hall of English speakers.
const config = readDisplayConfig(window.location.search);

const volume = rememberedVolume() ?? config.volume ?? 1;
const engine = createAudioEngine(volume);
const sound = createSoundController({
  engine,
  wanted: config.sound,
  // The Electron display shell (it exposes `aufrufDevice`) lets pages play sound without a click.
  remembered: soundRemembered() || 'aufrufDevice' in window,
  volume,
});
const banks = config.sound
  ? spokenLanguages(config).map((language) => createClipBank(import.meta.env.BASE_URL, language))
  : [];
const announcer = createAnnouncer({ engine, banks, voice: config.voice, canPlay: sound.playing });
announceCalls(client, announcer, config);

const root = document.getElementById('root');
if (!root) throw new Error('#root fehlt in index.html');

createRoot(root).render(
  <StrictMode>
    <App client={client} config={config} sound={sound} announcer={announcer} />
  </StrictMode>,
);
