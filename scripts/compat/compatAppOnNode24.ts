/**
 * compatApp.ts on Node 24 (scripts/packaging/node24.ts): the packed packages
 * in an app pinned to one Backstage release, its backend started on Node 24,
 * compared with the README's row for that release like the Node 22 run.
 * CI runs it for `current`, the release the frontend needs.
 *
 * Run: tsx scripts/compat/compatAppOnNode24.ts <packs-dir> <release|current>
 * Env: SKE_COMPAT_NODE24_PORT (default 7211).
 */
import path from 'node:path';
import { runTsxOnNode24 } from '../packaging/node24';

const packsDir = path.resolve(process.argv[2] ?? '.tools/packs');
const release = process.argv[3] ?? 'current';
runTsxOnNode24(path.join(__dirname, 'compatApp.ts'), [packsDir, release], {
  SKE_COMPAT_PORT: process.env.SKE_COMPAT_NODE24_PORT ?? '7211',
});
