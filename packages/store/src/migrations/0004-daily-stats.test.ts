import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import { openDatabase } from '../open-database.ts';
import { useTempDir } from '../test-support.ts';
import { initial } from './0001-initial.ts';
import { followTokens } from './0002-follow-tokens.ts';
import { devices } from './0003-devices.ts';
import { dailyStats } from './0004-daily-stats.ts';

describe('migration 0004-daily-stats', () => {
  const temp = useTempDir();

  it('adds per-day aggregates tied to a written day, with histograms as JSON arrays', () => {
    const db = temp.track(openDatabase(temp.path()));
    migrate(db, [initial, followTokens, devices, dailyStats]);
    const errand = db.prepare(
      `INSERT INTO stats_errands (day, errand_id, tickets, served, no_show, expired, wait_minutes, service_minutes)
       VALUES (?, 'ausweis', 3, 2, 1, 0, ?, '[]')`,
    );
    expect(() => errand.run('2025-03-10', '[0,2]')).toThrow(/FOREIGN KEY/);
    db.prepare(
      "INSERT INTO stats_days (day, written_at, time_zone) VALUES ('2025-03-10', 1, 'Europe/Berlin')",
    ).run();
    errand.run('2025-03-10', '[0,2]');
    expect(() => errand.run('2025-03-10', '[0,2]')).toThrow(/UNIQUE|PRIMARY/);
    db.prepare('DELETE FROM stats_errands').run();
    expect(() => errand.run('2025-03-10', '{"0":2}')).toThrow(/CHECK/);

    const hour = db.prepare("INSERT INTO stats_hours (day, hour, tickets) VALUES ('2025-03-10', ?, 1)");
    hour.run(8);
    expect(() => hour.run(24)).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO stats_places (day, place_id, served, no_show, service_minutes)
       VALUES ('2025-03-10', 'platz-1', 2, 1, '[0,0,0,1,1]')`,
    ).run();
    expect(db.prepare('SELECT COUNT(*) FROM stats_places').pluck().get()).toBe(1);
    expect(db.prepare("SELECT name FROM pragma_index_list('events')").pluck().all()).toContain(
      'events_command',
    );
  });
});
