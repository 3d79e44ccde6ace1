// Before `npm run bench`: the bench's child processes (the hub under test, the bare Socket.IO floor)
// bundled like the production hub (scripts/build-hub.ts), so the bench measures what offices run.
import { join } from 'node:path';
import { bundleNode } from './bundle-node.ts';

const root = join(import.meta.dirname, '..');
for (const name of ['hub-process', 'bare-broadcast-process']) {
  await bundleNode(
    join(root, 'bench', `${name}.ts`),
    join(root, 'bench', 'build', 'children', `${name}.mjs`),
  );
}
