export { changedRows } from './changed-rows.ts';
export { openStore } from './open-store.ts';
export type { CommitInput, Store } from './store.ts';
