import type { HubView } from '@aufruf/client';
import { useForecast } from '@aufruf/client/react';
import { useI18n } from '../i18n-context.ts';
import { DayControls } from './DayControls.tsx';
import { PlacesTable } from './PlacesTable.tsx';
import { PrinterList } from './PrinterList.tsx';
import { RecentCallsList } from './RecentCallsList.tsx';
import { TodaySummary } from './TodaySummary.tsx';
import { UnprintedTickets } from './UnprintedTickets.tsx';
import { useConnectedCounters } from './use-connected-counters.ts';
import { WaitingTable } from './WaitingTable.tsx';

/** "Jetzt": the office as it is this minute, updated by every event from the hub. */
export function LiveView({ view, now, active }: { view: HubView; now: number; active: boolean }) {
  const { t } = useI18n();
  const { office, state } = view;
  const forecast = useForecast(view);
  const counters = useConnectedCounters(active, state);
  if (!office || !state) {
    return (
      <p className="card loading" role="status">
        {t('connecting')}
      </p>
    );
  }
  return (
    <div className={`live${view.status === 'online' ? '' : ' live--stale'}`}>
      <TodaySummary state={state} />
      <div className="live__grid">
        <WaitingTable state={state} office={office} forecast={forecast} now={now} />
        <PlacesTable state={state} office={office} counters={counters} now={now} />
        <div className="live__side">
          <RecentCallsList state={state} office={office} />
          <PrinterList printers={view.printers} timeZone={office.timeZone} />
          <UnprintedTickets state={state} />
          <DayControls state={state} office={office} />
        </div>
      </div>
    </div>
  );
}
