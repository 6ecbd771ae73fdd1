/**
 * Starts the social cards at the top of a production build, before Vite bundles the pages: the
 * bundling keeps one core busy for a good share of the build and leaves the other idle, and the
 * cards are the build's biggest job after the pages. Astro's content layer has loaded every
 * entry by `astro:build:start`, so the publication and its card jobs can be worked out from the
 * loaders' entries (src/loaders/loaded-content.ts) with the same functions pages use.
 *
 * The batch leaves one core to the build. It is shared (see `RenderCardsOptions.shared`): the
 * pages' batch (src/cards/site-cards.ts) waits for the cards it took on instead of rendering
 * them again, and reports them in the build's `[sitrep] cards:` line. It only ever fills the
 * content-addressed cache, so if its list ever differed from the pages' list, the pages' batch
 * would simply render what is missing.
 */
import { availableParallelism } from 'node:os';
import type { AstroIntegration } from 'astro';
import { buildCardJobs, type CardPublication } from '../cards/data.ts';
import { startCardBatch, type CardJob } from '../cards/pipeline.ts';
import { poolSize } from '../cards/pool.ts';
import { visibilityFromEnv } from '../model/briefings.ts';
import { loadedEntries, type LoadedEntry } from '../loaders/loaded-content.ts';
import { buildPublication, type NamedEntry, type TaxonomyBriefing } from '../model/publication.ts';
import type { SiteConfig } from '../options.ts';

/** The site's card jobs from the loaded content, or undefined if a collection has not loaded. */
export function loadedCardJobs(siteConfig: SiteConfig): CardJob[] | undefined {
  const [briefings, authors, regions, actors, pages] = ['briefings', 'authors', 'regions', 'actors', 'pages'].map(loadedEntries);
  if (!briefings || !authors || !regions || !actors) return undefined;
  const publication = buildPublication(
    {
      briefings: briefings as unknown as (TaxonomyBriefing & CardPublication['briefings'][number])[],
      authors: authors as unknown as (LoadedEntry & { data: { name: string } })[],
      regions: regions as unknown as NamedEntry[],
      actors: actors as unknown as (NamedEntry & { data: { countries?: string[] } })[],
    },
    // Production visibility, as src/render/publication.ts has it in a build.
    visibilityFromEnv(false),
  );
  const about = pages?.find((page) => page.id === 'about')?.data as { title: string; description: string } | undefined;
  return buildCardJobs(publication, siteConfig, { about });
}

/** Workers for the cards rendered ahead of the pages: every core but the build's own. */
export function aheadWorkers(jobs: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(poolSize(jobs), cores - 1));
}

/** The integration: added by `sitrep()` (src/index.ts). */
export function cardsIntegration(siteConfig: SiteConfig): AstroIntegration {
  return {
    name: 'sitrep:cards',
    hooks: {
      'astro:build:start': ({ logger }) => {
        let jobs: CardJob[] | undefined;
        try {
          jobs = loadedCardJobs(siteConfig);
        } catch (error) {
          // Only a head start is lost: the pages' batch works the cards out again and reports.
          logger.warn(`cards will render with the pages: ${error instanceof Error ? error.message : String(error)}`);
          return;
        }
        if (!jobs) {
          logger.debug('content not loaded in this process; cards render with the pages');
          return;
        }
        const batch = startCardBatch(jobs, { shared: true, workers: aheadWorkers(jobs.length), log: false, pruneDays: 0 });
        // Failures are reported by the pages' batch, which renders a failed card again itself.
        batch.done.catch(() => undefined);
        logger.info(`${jobs.length} social cards: those not in the cache render alongside the build`);
      },
    },
  };
}
