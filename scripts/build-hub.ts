// Part of `npm run build`: the hub as one file, apps/hub/dist/main.mjs, that `npm start` runs with plain
// node. It sits at the same depth as apps/hub/src, so the built web apps it finds relative to itself
// (apps/*/dist) are the same from the bundle and from the sources.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNode } from './bundle-node.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'apps', 'hub', 'dist');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await bundleNode(join(root, 'apps/hub/src/main.ts'), join(out, 'main.mjs'));
