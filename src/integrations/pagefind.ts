/**
 * Builds the Pagefind search index after every production build, from the HTML Astro wrote, into
 * `<outDir>/pagefind/` (index, `pagefind.js` and the default UI). Only elements marked
 * `data-pagefind-body` (briefing articles) are indexed, so navigation and listings never match.
 * A failure stops the build with Pagefind's own messages: a site whose search page promises an
 * index must not ship without one.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Options for the index; the defaults suit the site. */
export interface PagefindOptions {
  /** Folder inside the output that receives the bundle (keep in step with `paths.searchBundle()`). */
  bundleDir?: string;
}

/** The error a failed indexing run throws: what failed, Pagefind's messages and what to try. */
export class SearchIndexError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(
      `Pagefind could not ${step}: ${errors.join('; ') || 'no reason given'}. ` +
      'Hint: check that the `pagefind` package and its platform binary (@pagefind/<os>-<arch>) are installed; ' +
      'run `npx pagefind --site dist` for its full log.',
    );
    this.name = 'SearchIndexFailed';
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

/** The Astro integration: `integrations: [pagefindIntegration()]` in astro.config.mjs. */
export function pagefindIntegration(options: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'sitrep:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const bundleDir = options.bundleDir ?? 'pagefind';
        const files = await buildSearchIndex(fileURLToPath(dir), bundleDir);
        logger.info(`search index written to ${bundleDir}/ (${files} HTML file${files === 1 ? '' : 's'} read; only data-pagefind-body content is indexed).`);
      },
    },
  };
}
