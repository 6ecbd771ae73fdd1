/**
 * Sitrep's cache root: `$SITREP_CACHE_DIR`, default `node_modules/.cache/sitrep` under the
 * working directory (the conventional place, which CI can cache and `npm ci` clears). Cards and
 * the search index keep their content-addressed copies in folders under it; deleting it is
 * always safe.
 */
import path from 'node:path';

export function sitrepCacheDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return env.SITREP_CACHE_DIR ? path.resolve(cwd, env.SITREP_CACHE_DIR) : path.join(cwd, 'node_modules', '.cache', 'sitrep');
}
