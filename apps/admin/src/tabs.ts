import type { MessageKey } from './i18n.ts';

/** The admin page's sections; the id is also the address's #fragment, so a reload stays on the tab. */
export const tabs = [
  { id: 'jetzt', label: 'tabNow' },
  { id: 'geraete', label: 'tabDevices' },
  { id: 'statistik', label: 'tabStats' },
  { id: 'planer', label: 'tabPlanner' },
  { id: 'einrichtung', label: 'tabSetup' },
  { id: 'protokoll', label: 'tabAudit' },
] as const satisfies readonly { id: string; label: MessageKey }[];

export type TabId = (typeof tabs)[number]['id'];

export function tabFromHash(): TabId {
  const hash = window.location.hash.slice(1);
  return tabs.find((tab) => tab.id === hash)?.id ?? 'jetzt';
}

export function rememberTab(id: TabId): void {
  window.history.replaceState(null, '', `#${id}`);
}

export const tabId = (id: TabId): string => `tab-${id}`;
export const panelId = (id: TabId): string => `panel-${id}`;
