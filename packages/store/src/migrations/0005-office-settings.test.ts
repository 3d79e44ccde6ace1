import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import { openDatabase } from '../open-database.ts';
import { useTempDir } from '../test-support.ts';
import { migrations } from './index.ts';

describe('migration 0005-office-settings', () => {
  const temp = useTempDir();

  it('adds a ticket kind (NULL for normal tickets), one settings row and a JSON audit log', () => {
    const db = temp.track(openDatabase(temp.path()));
    migrate(db, migrations.slice(0, 4));
    db.prepare(
      `INSERT INTO tickets (id, day, letter, number, errand_id, status, drawn_at, queued_at, calls)
       VALUES ('old', '2026-11-26', 'A', 1, 'ausweis', 'waiting', 1, 1, 0)`,
    ).run();
    migrate(db, migrations);
    expect(db.prepare("SELECT kind FROM tickets WHERE id = 'old'").pluck().get()).toBeNull();
    expect(() => db.prepare("UPDATE tickets SET kind = 'vip' WHERE id = 'old'").run()).toThrow(/CHECK/);
    db.prepare("UPDATE tickets SET kind = 'priority' WHERE id = 'old'").run();

    const settings = db.prepare(
      'INSERT INTO office_settings (id, version, value, updated_at, updated_by) VALUES (?, 1, ?, 1, ?)',
    );
    expect(() => settings.run(1, 'not json', 'x')).toThrow(/CHECK/);
    settings.run(1, '{}', 'config');
    expect(() => settings.run(2, '{}', 'x')).toThrow(/CHECK/);
    const audit = db.prepare('INSERT INTO settings_audit (at, by, version, changes) VALUES (1, ?, 1, ?)');
    expect(() => audit.run('x', '{}')).toThrow(/CHECK/);
    audit.run('x', '[]');
  });
});
