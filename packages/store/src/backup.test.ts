import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.ts';
import { play, SETUP, useTempDir } from './test-support.ts';

describe('online backup', () => {
  const temp = useTempDir();

  it('copies the whole database while it stays open, and the copy opens as a store', async () => {
    const store = temp.openStore();
    const state = play(store, [
      { type: 'draw', errandId: 'passport' },
      { type: 'draw', errandId: 'registration' },
      { type: 'call-next', placeId: 'counter-1' },
    ]);
    const copy = temp.path('backup.sqlite');
    await store.backup(copy);
    // The original keeps working after the backup.
    expect(store.seq).toBeGreaterThan(0);
    const restored = temp.track(openStore({ file: copy }));
    expect(restored.loadState(SETUP).state).toStrictEqual(state);
    expect(restored.seq).toBe(store.seq);
  });
});
