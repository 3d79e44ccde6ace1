export * from './web-preferences.ts';
export * from './harden.ts';
export * from './shell-window.ts';
export * from './offline-page.ts';
export * from './ipc-guard.ts';
export * from './shell-config.ts';
export * from './shells.ts';
