import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.ts';
import { openDatabase } from '../open-database.ts';
import { useTempDir } from '../test-support.ts';
import { initial } from './0001-initial.ts';
import { followTokens } from './0002-follow-tokens.ts';
import { devices } from './0003-devices.ts';

describe('migration 0003-devices', () => {
  const temp = useTempDir();

  it('adds devices with unique token hashes and known roles, pairings and settings', () => {
    const db = temp.track(openDatabase(temp.path()));
    migrate(db, [initial, followTokens, devices]);
    const insert = db.prepare(
      `INSERT INTO devices (id, name, role, place_id, places, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, 1)`,
    );
    insert.run('d1', 'Kiosk Eingang', 'kiosk', null, null, 'h1');
    insert.run('d2', 'Platz 2', 'counter', 'platz-2', null, 'h2');
    insert.run('d3', 'TV Flur', 'display', null, '["platz-1"]', 'h3');
    expect(() => insert.run('d4', 'x', 'kiosk', null, null, 'h1')).toThrow(/UNIQUE/);
    expect(() => insert.run('d5', 'x', 'follow', null, null, 'h5')).toThrow(/CHECK/);
    expect(() => insert.run('d6', 'x', 'display', null, '{"a":1}', 'h6')).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO pairings (code_hash, name, role, created_at, expires_at) VALUES ('c1', 'Kiosk', 'kiosk', 1, 2)`,
    ).run();
    db.prepare(`INSERT INTO settings (key, value) VALUES ('admin_secret', 'scrypt$...')`).run();
    expect(db.prepare('SELECT COUNT(*) FROM devices').pluck().get()).toBe(3);
  });
});
