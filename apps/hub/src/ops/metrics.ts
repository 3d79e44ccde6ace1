import type { OfficeState } from '@aufruf/core';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { BackupStatusView } from './backup-status.ts';

export interface HubMetrics {
  readonly registry: Registry;
  /** Times one event from arrival to acknowledgement. */
  observe(event: string, seconds: number): void;
  refused(event: string, code: string): void;
}

/** What the metrics read about paired devices and printers at each scrape. */
export interface DeviceFacts {
  /** Paired devices that are not revoked, and whether each is connected now. */
  readonly devices: () => readonly { readonly role: string; readonly online: boolean }[];
  readonly printers: () => readonly { readonly source: string; readonly state: string }[];
}

/** Prometheus metrics of one hub (its own registry: tests run several hubs in one process). */
export function createMetrics(
  state: () => OfficeState,
  clientsByRole: () => Record<string, number>,
  counterPlaces: () => readonly (string | null)[],
  facts?: DeviceFacts,
): HubMetrics {
  const registry = new Registry();
  const countStatus = (status: string): number =>
    [...state().tickets.values()].filter((t) => t.status === status).length;
  for (const [name, status, help] of [
    ['aufruf_tickets_waiting', 'waiting', 'Tickets waiting to be called today'],
    ['aufruf_tickets_called', 'called', 'Tickets being served now'],
    ['aufruf_tickets_served', 'served', 'Tickets served today'],
    ['aufruf_tickets_no_show', 'no-show', 'Tickets called without anyone coming today'],
  ] as const) {
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(countStatus(status));
      },
    });
  }
  new Gauge({
    name: 'aufruf_clients_connected',
    help: 'Connected clients by role',
    labelNames: ['role'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [role, count] of Object.entries(clientsByRole())) this.set({ role }, count);
    },
  });
  new Gauge({
    name: 'aufruf_counters_connected',
    help: 'Connected counter clients by place ("" while a counter has not chosen one)',
    labelNames: ['place'],
    registers: [registry],
    collect() {
      this.reset();
      for (const place of counterPlaces()) this.inc({ place: place ?? '' });
    },
  });
  new Gauge({
    name: 'aufruf_places_staffed',
    help: 'Places where a clerk is signed in (the places the wait estimates count on)',
    registers: [registry],
    collect() {
      this.set(Object.values(state().places).filter((p) => p.staffed).length);
    },
  });
  if (facts) {
    new Gauge({
      name: 'aufruf_devices_paired',
      help: 'Paired devices by role and whether they are connected now (a kiosk offline: nobody can draw there)',
      labelNames: ['role', 'online'],
      registers: [registry],
      collect() {
        this.reset();
        for (const device of facts.devices()) this.inc({ role: device.role, online: String(device.online) });
      },
    });
    new Gauge({
      name: 'aufruf_printer_state',
      help: 'Each printer by its last reported state (1); "unknown" once its kiosk has gone',
      labelNames: ['source', 'state'],
      registers: [registry],
      collect() {
        this.reset();
        for (const printer of facts.printers()) this.set({ source: printer.source, state: printer.state }, 1);
      },
    });
  }
  const latency = new Histogram({
    name: 'aufruf_event_handling_seconds',
    help: 'Time from an event arriving at the hub to its acknowledgement',
    labelNames: ['event'],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'aufruf_events_refused_total',
    help: 'Events answered with an error, by code',
    labelNames: ['event', 'code'],
    registers: [registry],
  });
  return {
    registry,
    observe: (event, seconds) => latency.observe({ event }, seconds),
    refused: (event, code) => refusals.inc({ event, code }),
  };
}

/**
 * The backups' gauges on a hub's registry: when the last good local and mirror copies were written
 * (alert when older than a day and a bit), and whether the latest attempt on each target went well.
 */
export function registerBackupMetrics(registry: Registry, status: BackupStatusView): void {
  const seconds = (ms: number | undefined): number => (ms === undefined ? 0 : Math.floor(ms / 1000));
  new Gauge({
    name: 'aufruf_backup_last_success_timestamp_seconds',
    help: 'When the newest checked daily backup was written (Unix time; 0: none yet)',
    registers: [registry],
    collect() {
      this.set(seconds(status.lastSuccessAt));
    },
  });
  new Gauge({
    name: 'aufruf_backup_mirror_last_success_timestamp_seconds',
    help: 'When the newest checked copy on backup.mirror was written (Unix time; 0: none known)',
    registers: [registry],
    collect() {
      this.set(seconds(status.lastMirrorSuccessAt));
    },
  });
  new Gauge({
    name: 'aufruf_backup_last_ok',
    help: 'Whether the latest backup attempt on each target was written and checked (1) or failed (0)',
    labelNames: ['target'],
    registers: [registry],
    collect() {
      this.reset();
      const { last } = status;
      if (!last) return;
      this.set({ target: 'local' }, last.local.ok ? 1 : 0);
      if (last.mirror) this.set({ target: 'mirror' }, last.mirror.ok ? 1 : 0);
    },
  });
}
