import { useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useI18n } from './i18n-context.ts';
import { panelId, tabId, tabs } from './tabs.ts';
import type { TabId } from './tabs.ts';

/** The section switcher, as a WAI-ARIA tab list: Tab enters it, arrow keys, Home and End move in it. */
export function TabList({ active, onChange }: { active: TabId; onChange: (id: TabId) => void }) {
  const { t } = useI18n();
  const refs = useRef(new Map<TabId, HTMLButtonElement>());

  const move = (event: KeyboardEvent, index: number): void => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index + last) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    const next = target === null ? undefined : tabs[target];
    if (!next) return;
    event.preventDefault();
    onChange(next.id);
    refs.current.get(next.id)?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label={t('tabsLabel')}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => {
            if (element) refs.current.set(tab.id, element);
            else refs.current.delete(tab.id);
          }}
          type="button"
          role="tab"
          id={tabId(tab.id)}
          className="tabs__tab"
          aria-selected={tab.id === active}
          aria-controls={panelId(tab.id)}
          tabIndex={tab.id === active ? 0 : -1}
          onClick={() => onChange(tab.id)}
          onKeyDown={(event) => move(event, index)}
        >
          {t(tab.label)}
        </button>
      ))}
    </div>
  );
}
