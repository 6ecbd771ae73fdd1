/**
 * Sitrep as an Astro integration: `integrations: [sitrep({ name, description, url, lang,
 * defaultAuthor })]` in a publication's astro.config.mjs. It validates the options with one
 * schema (src/options.ts), injects every page and file (src/integration/routes.ts), registers MDX
 * and the Markdown processor with citations, adds the social cards and the search index, and builds into a staging folder so that a failed build leaves the last good output as it was. The content collections come from `sitrep/content`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Rollup } from 'vite';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkCitations } from './markdown/citations.ts';
import { SitrepError, SitrepErrors } from './errors.ts';
import { OVERRIDABLE_COMPONENTS, resolveOptions, type SiteConfig, type SitrepOptions } from './options.ts';
import { ROUTES } from './integration/routes.ts';
import { sitrepVirtualModules } from './integration/virtual.ts';
import { cardsIntegration } from './integration/cards.ts';
import { pagefindIntegration } from './integration/pagefind.ts';
import { stagingIntegration } from './integration/staging.ts';

export type { SitrepOptions, SiteConfig } from './options.ts';

/** The integration object, with the resolved options for Sitrep's own tools (`sitrep new`, tests). */
export type SitrepIntegration = AstroIntegration & { sitrepOptions: SiteConfig };

/** Sitrep: validates `options` and returns the Astro integration that builds the publication. */
export default function sitrep(options: SitrepOptions): SitrepIntegration {
  const config = resolveOptions(options);
  // `astro build --drafts` builds a preview with drafts and scheduled briefings, bannered: the
  // flag reaches the pages through the one reader of the visibility environment.
  if (process.argv.includes('--drafts')) process.env.SITREP_DRAFTS = '1';
  return {
    name: 'sitrep',
    sitrepOptions: config,
    hooks: {
      'astro:config:setup': ({ config: astroConfig, injectRoute, updateConfig }) => {
        const root = fileURLToPath(astroConfig.root);
        checkFiles(config, root);
        for (const route of ROUTES) {
          injectRoute({ pattern: route.pattern, entrypoint: new URL(`./routes/${route.entrypoint}`, import.meta.url), prerender: true });
        }
        updateConfig({
          site: config.url,
          trailingSlash: 'always',
          // Pages are folders (`/briefings/x/index.html`) so any static host serves clean URLs.
          build: { format: 'directory' },
          integrations: [
            mdx(),
            // Social cards start rendering before the pages are bundled (src/integration/cards.ts).
            cardsIntegration(config),
            // Search index of the briefing articles, rebuilt after every build (src/integration/pagefind.ts).
            pagefindIntegration(),
            // Last: the build writes into a staging folder, which replaces the output folder only
            // once everything above has succeeded (src/integration/staging.ts).
            stagingIntegration(),
          ],
          experimental: {
            // Incremental static builds: pages keyed by `cacheKey` (src/model/cache-key.ts) are
            // copied from the previous build when neither their data nor their code changed.
            // `astro build --force` renders everything.
            incrementalBuild: true,
          },
          markdown: {
            // Astro 7's default Sätteri processor runs no remark plugins; citations need the unified one.
            processor: unified({ remarkPlugins: [remarkGfm, remarkCitations] }),
          },
          vite: {
            plugins: [sitrepVirtualModules(config, root)],
            build: {
              rollupOptions: {
                onwarn(warning: Rollup.RollupLog, warn: (warning: Rollup.RollupLog) => void) {
                  // Upstream noise: @astrojs/mdx emits a module-level "use astro:head-inject" directive in
                  // every compiled MDX file, and Vite 8 warns about each one. Drop exactly that warning.
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
                  warn(warning);
                },
              },
            },
          },
        });
      },
    },
  };
}

/** The publication's own files named in the options must exist: a located error otherwise. */
function checkFiles(config: SiteConfig, root: string): void {
  const named = [
    ...OVERRIDABLE_COMPONENTS.flatMap((name) => (config.components[name] ? [[`components.${name}`, config.components[name]] as const] : [])),
    ...config.customCss.map((file, i) => [`customCss[${i}]`, file] as const),
  ];
  const missing = named.filter(([, file]) => !existsSync(path.resolve(root, file)));
  if (!missing.length) return;
  const detail = missing.map(([option, file]) => `${option}: expected a file relative to the project root; got "${file}", which does not exist`).join('; ');
  throw new SitrepError({ name: 'InvalidSiteConfig', file: 'astro.config.mjs', message: SitrepErrors.InvalidSiteConfig.message(detail), hint: SitrepErrors.InvalidSiteConfig.hint() });
}
