/**
 * Builds the Pagefind search index after every production build, from the HTML Astro wrote, into
 * `<outDir>/pagefind/` (index, `pagefind.js` and the default UI). Only elements marked
 * `data-pagefind-body` (briefing articles) are indexed, so navigation and listings never match.
 * A failure stops the build with Pagefind's own messages: a site whose search page promises an
 * index must not ship without one.
 *
 * The bundle is kept in Sitrep's cache, named by a hash of every HTML file it was built from
 * (and Pagefind's version): a build whose pages are byte for byte the same, such as an
 * unchanged rebuild, copies it instead of indexing again.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { sitrepCacheDir } from '../environment.ts';
import { SitrepError, explain } from '../errors.ts';

/** Options for the index; the defaults suit the site. */
export interface PagefindOptions {
  /** Folder inside the output that receives the bundle (keep in step with `paths.searchBundle()`). */
  bundleDir?: string;
}

/** The error a failed indexing run throws: what failed, Pagefind's messages and what to try (catalogue: SearchIndexFailed). */
export class SearchIndexError extends SitrepError {
  constructor(step: string, errors: readonly string[]) {
    const { name, message, hint } = explain('SearchIndexFailed', [step, errors.length ? errors : ['no reason given']], []);
    super({ name, message, hint });
    // Printed by Astro as one line after "[sitrep:pagefind]".
    this.message = `${message}. Hint: ${hint}`;
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Indexes the HTML under `siteDir` and writes the bundle; returns the number of HTML files Pagefind read. */
export async function buildSearchIndex(siteDir: string, bundleDir = 'pagefind'): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new SearchIndexError('start', errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.page_count === 0) added.errors.push(`no HTML files found in ${siteDir}`);
    if (added.errors.length) throw new SearchIndexError(`index ${siteDir}`, added.errors);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, bundleDir) });
    if (written.errors.length) throw new SearchIndexError(`write the index to ${bundleDir}/`, written.errors);
    return added.page_count;
  } finally {
    // The service is a child process: close it, or the build never exits.
    await pagefind.close();
  }
}

/** The search index's cache folder: `pagefind/` under Sitrep's cache root. */
export function searchCacheDir(): string {
  return path.join(sitrepCacheDir(), 'pagefind');
}

const pagefindVersion = (() => {
  try {
    return (createRequire(import.meta.url)('pagefind/package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
})();

/** The hash of what an index of `siteDir` is built from: every HTML file (path and bytes) outside `bundleDir`. */
export function searchInputKey(siteDir: string, bundleDir = 'pagefind'): string {
  const hash = createHash('sha256').update(`pagefind:${pagefindVersion}\0bundle:${bundleDir}\0`);
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('.html') && !name.startsWith(`${bundleDir}/`))
    .sort();
  for (const name of files) hash.update(`${name}\0`).update(readFileSync(path.join(siteDir, name))).update('\0');
  return hash.digest('hex');
}

/**
 * `buildSearchIndex` through the cache: copies the bundle when the site's HTML is unchanged,
 * else indexes and keeps the new bundle (only the latest one) for the next build.
 */
export async function buildSearchIndexCached(siteDir: string, bundleDir = 'pagefind', cacheDir = searchCacheDir()): Promise<{ files: number; cached: boolean }> {
  const key = searchInputKey(siteDir, bundleDir);
  const saved = path.join(cacheDir, key);
  const meta = `${saved}.json`;
  if (existsSync(meta) && existsSync(saved)) {
    const { files } = JSON.parse(readFileSync(meta, 'utf8')) as { files: number };
    rmSync(path.join(siteDir, bundleDir), { recursive: true, force: true });
    cpSync(saved, path.join(siteDir, bundleDir), { recursive: true });
    return { files, cached: true };
  }
  const files = await buildSearchIndex(siteDir, bundleDir);
  // Keep only this bundle: copy it beside the old ones, then swap (the metadata file last, so a
  // half-written copy is never taken for a whole one).
  rmSync(cacheDir, { recursive: true, force: true });
  const tmp = `${saved}.tmp`;
  cpSync(path.join(siteDir, bundleDir), tmp, { recursive: true });
  renameSync(tmp, saved);
  writeFileSync(meta, JSON.stringify({ files }));
  return { files, cached: false };
}

/** The Astro integration: `integrations: [pagefindIntegration()]` in astro.config.mjs. */
export function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'sitrep:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bundleDir = options.bundleDir ?? 'pagefind';
        const { files, cached } = await buildSearchIndexCached(fileURLToPath(dir), bundleDir);
        const read = `${files} HTML file${files === 1 ? '' : 's'}`;
        logger.info(cached
          ? `search index unchanged: copied to ${bundleDir}/ from the cache (${read}, byte for byte as last built).`
          : `search index written to ${bundleDir}/ (${read} read; only data-pagefind-body content is indexed).`);
      },
    },
  };
}
