import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.ts';
import { useTempDir } from './test-support.ts';

describe('office settings store', () => {
  const temp = useTempDir();

  it('saves versions with their audit entry, refuses a stale version and survives reopening', () => {
    const file = temp.path();
    const store = openStore({ file });
    expect(store.officeSettings.load()).toBeUndefined();
    const first = store.officeSettings.save({
      value: { name: 'A' },
      expectedVersion: 0,
      at: 10,
      by: 'config',
      changes: [],
    });
    expect(first).toEqual({ ok: true, version: 1 });
    const change = { path: 'name', before: '"A"', after: '"B"' };
    expect(
      store.officeSettings.save({
        value: { name: 'B' },
        expectedVersion: 1,
        at: 20,
        by: 'Frau Weber',
        changes: [change],
      }),
    ).toEqual({ ok: true, version: 2 });
    expect(
      store.officeSettings.save({
        value: { name: 'C' },
        expectedVersion: 1,
        at: 30,
        by: 'Herr Alt',
        changes: [],
      }),
    ).toEqual({ ok: false, current: 2 });
    store.close();

    const again = openStore({ file });
    expect(again.officeSettings.load()).toEqual({
      value: { name: 'B' },
      version: 2,
      updatedAt: 20,
      updatedBy: 'Frau Weber',
    });
    expect(again.officeSettings.audit(10)).toEqual([
      { id: 2, at: 20, by: 'Frau Weber', version: 2, changes: [change] },
      { id: 1, at: 10, by: 'config', version: 1, changes: [] },
    ]);
    expect(again.officeSettings.audit(1)).toHaveLength(1);
    again.close();
  });
});
