// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkCitations } from './src/lib/citations.ts';
import { siteConfig } from './src/site.config.ts';

// `npm run build -- --drafts` builds a preview with drafts and scheduled briefings, bannered.
if (process.argv.includes('--drafts')) process.env.SITREP_DRAFTS = '1';

export default defineConfig({
  site: siteConfig.url,
  // Test and benchmark builds run side by side: each may keep its own Vite/content cache.
  ...(process.env.SITREP_ASTRO_CACHE ? { cacheDir: process.env.SITREP_ASTRO_CACHE } : {}),
  trailingSlash: 'always',
  // Pages are folders (`/briefings/x/index.html`) so any static host serves clean URLs.
  build: { format: 'directory' },
  integrations: [mdx()],
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
