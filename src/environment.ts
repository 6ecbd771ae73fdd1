/**
 * The environment variables Sitrep reads, in one module above the pure model: the build's
 * visibility (SITREP_DRAFTS, SITREP_NOW) and the cache root (SITREP_CACHE_DIR). The model takes
 * their values as arguments. (Not `env.ts`: TypeScript would then leave out src/env.d.ts, which
 * declares `Astro.locals`.)
 */
import path from 'node:path';
import { buildVisibility, type Visibility } from './model/briefings.ts';

/** `buildVisibility` from the process environment (SITREP_DRAFTS, SITREP_NOW): the one place that reads them. */
export function visibilityFromEnv(dev: boolean, env: NodeJS.ProcessEnv = process.env): Visibility {
  return buildVisibility({ dev, drafts: env.SITREP_DRAFTS, now: env.SITREP_NOW });
}

/**
 * Sitrep's cache root: `$SITREP_CACHE_DIR`, default `node_modules/.cache/sitrep` under the
 * working directory (the conventional place, which CI can cache and `npm ci` clears). Cards and
 * the search index keep their content-addressed copies in folders under it; deleting it is
 * always safe.
 */
export function sitrepCacheDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return env.SITREP_CACHE_DIR ? path.resolve(cwd, env.SITREP_CACHE_DIR) : path.join(cwd, 'node_modules', '.cache', 'sitrep');
}
