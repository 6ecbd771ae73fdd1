// @ts-check
// The sample publication: the first publication built with Sitrep, configured as any other.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitrep from 'sitrep';

export default defineConfig({
  // The sample's own src/ (its content.config.ts) even when a test or benchmark build runs with
  // `--root <scratch folder>`, so that Astro's generated `.astro/` folder and caches are its own.
  srcDir: fileURLToPath(new URL('./src/', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public/', import.meta.url)),
  ...(process.env.SITREP_ASTRO_CACHE ? { cacheDir: process.env.SITREP_ASTRO_CACHE } : {}),
  integrations: [
    sitrep({
      name: 'Sitrep Sample Briefings',
      description: 'Security and geopolitical briefings with graded sources, estimative judgements, timelines and maps: the sample publication of Sitrep.',
      url: process.env.SITREP_SITE_URL ?? 'https://sitrep.example.org/',
      lang: 'en',
      defaultAuthor: 'editorial-desk',
    }),
  ],
});
