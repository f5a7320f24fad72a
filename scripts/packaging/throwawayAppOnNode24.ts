/**
 * The throwaway app (throwawayApp.ts) on Node 24 (node24.ts); the app is its
 * own (port SKE_THROWAWAY_NODE24_PORT, default 7207), and better-sqlite3 is
 * built once for Node 24's ABI (see nativeAddon.ts).
 *
 * Run: tsx scripts/packaging/throwawayAppOnNode24.ts <packs-dir>
 */
import os from 'node:os';
import path from 'node:path';
import { runTsxOnNode24 } from './node24';

const packsDir = path.resolve(process.argv[2] ?? '.tools/packs');
const port = process.env.SKE_THROWAWAY_NODE24_PORT ?? '7207';
runTsxOnNode24(path.join(__dirname, 'throwawayApp.ts'), [packsDir], {
  SKE_THROWAWAY_PORT: port,
  SKE_THROWAWAY_DIR: path.join(os.tmpdir(), `ske-throwaway-app-node24-${port}`),
});
