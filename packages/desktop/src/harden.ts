import type { Session, WebContents } from 'electron';

/** True when `url` is a page of the shell's own app on the hub (same origin, under the app's path). */
export function isAllowedUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    return target.origin === app.origin && target.pathname.startsWith(app.pathname);
  } catch {
    return false;
  }
}

/**
 * Keeps a shell window on its one app: navigation elsewhere, new windows and webviews are refused.
 * A visitor at a public terminal must never reach a browser, a file dialog or another site.
 */
export function hardenContents(contents: WebContents, appUrl: string): void {
  const refuseForeign = (event: { preventDefault(): void }, url: string): void => {
    if (!isAllowedUrl(url, appUrl)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => refuseForeign(event, event.url));
  contents.on('will-redirect', (event) => refuseForeign(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Refuses every permission request and check (camera, microphone, notifications, USB from the page, …). */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
