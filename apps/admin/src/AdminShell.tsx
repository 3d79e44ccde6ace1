import { Suspense, lazy, useState } from 'react';
import type { ReactNode } from 'react';
import { useHub, useHubTime } from '@aufruf/client/react';
import { ConnectionBanner, ConnectionDot, LanguageSelect, OfficeClock } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { AdminContext } from './admin-context.ts';
import { DevicesView } from './devices/DevicesView.tsx';
import { useI18n } from './i18n-context.ts';
import { LiveView } from './live/LiveView.tsx';
import type { Session } from './session.ts';
import { TabList } from './TabList.tsx';
import { AuditView } from './audit/AuditView.tsx';
import { SetupView } from './setup/SetupView.tsx';
import { panelId, rememberTab, tabFromHash, tabId } from './tabs.ts';
import type { TabId } from './tabs.ts';

// The statistics bring the chart library: loaded when the tab is first opened.
const StatsView = lazy(() => import('./stats/StatsView.tsx').then((m) => ({ default: m.StatsView })));
// The planner brings the simulator and the chart library: loaded when its tab is first opened.
const PlannerView = lazy(() => import('./planner/PlannerView.tsx').then((m) => ({ default: m.PlannerView })));

const localTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The signed-in page: a top bar with the sections, the office clock and the link status; one section below. */
export function AdminShell({
  session,
  onSignOut,
  onUnauthorized,
  onSwitchLanguage,
}: {
  session: Session;
  onSignOut: () => void;
  onUnauthorized: () => void;
  onSwitchLanguage: (language: Language) => void;
}) {
  const { t, language } = useI18n();
  const view = useHub(session.client);
  const now = useHubTime(view);
  const [tab, setTab] = useState<TabId>(tabFromHash);
  const [visits, setVisits] = useState(0);
  const [statsOpened, setStatsOpened] = useState(tab === 'statistik');
  const [plannerOpened, setPlannerOpened] = useState(tab === 'planer');
  const timeZone = view.office?.timeZone ?? localTimeZone;

  const choose = (id: TabId): void => {
    rememberTab(id);
    setTab(id);
    setVisits((n) => n + 1);
    if (id === 'statistik') setStatsOpened(true);
    if (id === 'planer') setPlannerOpened(true);
  };

  const panel = (id: TabId, children: ReactNode): ReactNode => (
    <section
      id={panelId(id)}
      role="tabpanel"
      aria-labelledby={tabId(id)}
      className="panel"
      hidden={tab !== id}
    >
      {children}
    </section>
  );

  return (
    <AdminContext value={{ secret: session.secret, onUnauthorized }}>
      <div className="app">
        <header className="topbar">
          <ConnectionBanner status={view.status} language={language} />
          <div className="topbar__row">
            <div className="topbar__title">
              <h1 className="topbar__app">{t('appTitle')}</h1>
              {view.office ? <span className="topbar__office">{view.office.name}</span> : null}
            </div>
            <div className="topbar__side">
              {view.office ? (
                <OfficeClock now={now} timeZone={timeZone} language={language} className="topbar__clock" />
              ) : null}
              <ConnectionDot status={view.status} t={t} />
              <LanguageSelect language={language} onChange={onSwitchLanguage} />
              <button type="button" className="button" onClick={onSignOut}>
                {t('signOut')}
              </button>
            </div>
          </div>
          <TabList active={tab} onChange={choose} />
        </header>
        {view.status === 'refused' ? (
          <main className="page">
            <div className="card expired">
              <p className="notice">{t('sessionExpired')}</p>
              <button type="button" className="button button--primary" onClick={onUnauthorized}>
                {t('signInAgain')}
              </button>
            </div>
          </main>
        ) : (
          <main className="page">
            {panel('jetzt', <LiveView view={view} now={now} active={tab === 'jetzt'} />)}
            {panel(
              'geraete',
              <DevicesView
                active={tab === 'geraete'}
                visit={visits}
                office={view.office}
                now={now}
                timeZone={timeZone}
              />,
            )}
            {panel(
              'statistik',
              statsOpened ? (
                <Suspense fallback={<p className="card loading">{t('loading')}</p>}>
                  <StatsView office={view.office} now={now} timeZone={timeZone} />
                </Suspense>
              ) : null,
            )}
            {panel(
              'planer',
              plannerOpened && view.office ? (
                <Suspense fallback={<p className="card loading">{t('loading')}</p>}>
                  <PlannerView office={view.office} now={now} />
                </Suspense>
              ) : null,
            )}
            {panel('einrichtung', <SetupView active={tab === 'einrichtung'} />)}
            {panel(
              'protokoll',
              <AuditView key={visits} active={tab === 'protokoll'} now={now} timeZone={timeZone} />,
            )}
          </main>
        )}
      </div>
    </AdminContext>
  );
}
