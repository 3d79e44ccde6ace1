import { describe, expect, it } from 'vitest';
import { useTempDir } from './test-support.ts';

describe('devices and pairings', () => {
  const temp = useTempDir();

  it('stores paired devices by token hash, lists them, and revokes once', () => {
    const file = temp.path();
    const store = temp.openStore(file);
    store.devices.add(
      { id: 'd1', name: 'Kiosk Eingang', role: 'kiosk', placeId: null, places: null, createdAt: 1 },
      'h1',
    );
    store.devices.add(
      {
        id: 'd2',
        name: 'TV Flur',
        role: 'display',
        placeId: null,
        places: ['platz-1', 'platz-2'],
        createdAt: 2,
      },
      'h2',
    );
    store.devices.touch('d1', 5);
    expect(store.devices.findByTokenHash('h2')).toMatchObject({ id: 'd2', places: ['platz-1', 'platz-2'] });
    expect(store.devices.findByTokenHash('nope')).toBeUndefined();
    expect(store.devices.revoke('d1', 9)).toBe(true);
    expect(store.devices.revoke('d1', 10)).toBe(false);
    store.close();
    const again = temp.openStore(file);
    expect(again.devices.list()).toEqual([
      {
        id: 'd1',
        name: 'Kiosk Eingang',
        role: 'kiosk',
        placeId: null,
        places: null,
        createdAt: 1,
        lastSeenAt: 5,
        revokedAt: 9,
      },
      {
        id: 'd2',
        name: 'TV Flur',
        role: 'display',
        placeId: null,
        places: ['platz-1', 'platz-2'],
        createdAt: 2,
        lastSeenAt: null,
        revokedAt: null,
      },
    ]);
  });

  it('hands a pairing code out once, and never after it expired', () => {
    const store = temp.openStore();
    const pairing = {
      name: 'Platz 2',
      role: 'counter' as const,
      placeId: 'platz-2',
      places: null,
      createdAt: 0,
    };
    store.devices.addPairing({ ...pairing, codeHash: 'c1', expiresAt: 100 });
    store.devices.addPairing({ ...pairing, codeHash: 'c2', expiresAt: 100 });
    expect(store.devices.takePairing('c1', 50)).toMatchObject({ role: 'counter', placeId: 'platz-2' });
    expect(store.devices.takePairing('c1', 50)).toBeUndefined();
    expect(store.devices.takePairing('c2', 100)).toBeUndefined();
    expect(store.devices.takePairing('c2', 50)).toBeUndefined();
    store.devices.addPairing({ ...pairing, codeHash: 'c3', expiresAt: 100 });
    expect(store.devices.listPairings(200)).toEqual([]);
  });

  it('keeps settings', () => {
    const file = temp.path();
    const store = temp.openStore(file);
    expect(store.settings.get('admin_secret')).toBeUndefined();
    store.settings.set('admin_secret', 'a');
    store.settings.set('admin_secret', 'b');
    store.close();
    expect(temp.openStore(file).settings.get('admin_secret')).toBe('b');
  });
});
