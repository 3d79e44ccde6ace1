// Part of `npm run build`: the hub as one file, apps/hub/dist/main.mjs, that `npm start` runs with plain
// node. It sits at the same depth as apps/hub/src, so the paths it finds beside itself (the built web
// apps in apps/*/dist, the favicon) are the same from the bundle and from the sources.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bundleNode } from './bundle-node.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'apps', 'hub', 'dist');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await bundleNode(join(root, 'apps/hub/src/main.ts'), join(out, 'main.mjs'));
// Read beside the module that serves it (new URL('./favicon.svg', import.meta.url)).
copyFileSync(join(root, 'apps/hub/src/http/favicon.svg'), join(out, 'favicon.svg'));
