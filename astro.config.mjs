// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkCitations } from './src/lib/citations.ts';
import { siteConfig } from './src/site.config.ts';
import { visibilityFromEnv } from './src/lib/briefings.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { createSitemapOptions, readSitemapBriefings } from './src/lib/feeds/sitemap.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { cardsIntegration } from './src/integrations/cards.ts';
import { loadedEntries } from './src/lib/loaded-content.ts';

// `npm run build -- --drafts` builds a preview with drafts and scheduled briefings, bannered.
if (process.argv.includes('--drafts')) process.env.SITREP_DRAFTS = '1';

export default defineConfig({
  site: siteConfig.url,
  // Sources always come from this project, even when a test or benchmark build runs with
  // `--root <scratch folder>` so that Astro's generated `.astro/` folder and caches are its own.
  srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
  ...(process.env.SITREP_ASTRO_CACHE ? { cacheDir: process.env.SITREP_ASTRO_CACHE } : {}),
  trailingSlash: 'always',
  // Pages are folders (`/briefings/x/index.html`) so any static host serves clean URLs.
  build: { format: 'directory' },
  integrations: [
    mdx(),
    // Exactly the published pages, briefings dated by `updated ?? published` (the 404 is left out by the integration).
    sitemap(createSitemapOptions({
      // The loaded briefings, once the build has them; the files only if it has not.
      briefings: () => /** @type {import('./src/lib/feeds/sitemap.ts').SitemapBriefing[] | undefined} */ (loadedEntries('briefings')) ?? readSitemapBriefings(`${contentDir}/briefings`),
      visibility: visibilityFromEnv(false),
    })),
    // Social cards start rendering before the pages are bundled (src/integrations/cards.ts).
    cardsIntegration(),
    // Search index of the briefing articles, rebuilt after every build (src/integrations/pagefind.ts).
    pagefindIntegration(),
  ],
  experimental: {
    // Incremental static builds: pages keyed by `cacheKey` (src/lib/cache-key.ts) are copied from
    // the previous build when neither their data nor their code changed. `astro build --force`
    // renders everything. Sitrep's keys are conservative: any content change renders every page
    // again; only social cards are keyed one by one.
    incrementalBuild: true,
  },
  markdown: {
    // Astro 7's default Sätteri processor runs no remark plugins; citations need the unified one.
    processor: unified({ remarkPlugins: [remarkGfm, remarkCitations] }),
  },
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Upstream noise: @astrojs/mdx emits a module-level "use astro:head-inject" directive in
          // every compiled MDX file, and Vite 8 warns about each one. Drop exactly that warning.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
