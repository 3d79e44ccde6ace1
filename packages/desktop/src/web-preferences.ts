import type { WebPreferences } from 'electron';

/**
 * The only web preferences a shell window gets: the page is a web page from the hub and nothing more.
 * Electron's security checklist: isolation, sandbox, no Node, no webviews, no insecure content.
 */
export function hardenedWebPreferences(
  options: { preload?: string; autoplay?: boolean } = {},
): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    // A TV announces calls without anyone touching it; a kiosk speaks only after a tap.
    autoplayPolicy: options.autoplay ? 'no-user-gesture-required' : 'user-gesture-required',
    ...(options.preload ? { preload: options.preload } : {}),
  };
}
