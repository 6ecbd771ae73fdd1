/**
 * Starts the build's social cards at the top of a production build, before Vite bundles the
 * pages (src/cards/build-batch.ts says why, and how the card endpoint finds the batch). Astro's
 * content layer has loaded every entry by `astro:build:start`, so the publication and its card
 * jobs are worked out from the loaders' entries (src/loaders/loaded-content.ts) with the same
 * pure functions the pages use. If they cannot be, the batch starts empty and the endpoint's
 * `getStaticPaths` gives it the cards.
 */
import type { AstroIntegration } from 'astro';
import { startBuildCardBatch } from '../cards/build-batch.ts';
import { buildCardJobs } from '../cards/data.ts';
import type { CardJob } from '../cards/pipeline.ts';
import { visibilityFromEnv } from '../environment.ts';
import { loadedEntries } from '../loaders/loaded-content.ts';
import { buildPublication } from '../model/publication.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Author } from '../schemas/author.ts';
import type { BriefingData } from '../schemas/briefing.ts';
import type { PageData } from '../schemas/page.ts';
import type { Region } from '../schemas/region.ts';
import type { SiteConfig } from '../options.ts';

/** The site's card jobs from the loaded content, or undefined if a collection has not loaded. */
export function loadedCardJobs(siteConfig: SiteConfig): CardJob[] | undefined {
  const briefings = loadedEntries<BriefingData>('briefings');
  const authors = loadedEntries<Author>('authors');
  const regions = loadedEntries<Region>('regions');
  const actors = loadedEntries<Actor>('actors');
  if (!briefings || !authors || !regions || !actors) return undefined;
  // Production visibility, as src/render/publication.ts has it in a build.
  const publication = buildPublication({ briefings, authors, regions, actors }, visibilityFromEnv(false));
  const about = loadedEntries<PageData>('pages')?.find((page) => page.id === 'about')?.data;
  return buildCardJobs(publication, siteConfig, { about });
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
          // Only a head start is lost: the endpoint's getStaticPaths gives the batch its cards.
          logger.warn(`cards will render with the pages: ${error instanceof Error ? error.message : String(error)}`);
        }
        if (!jobs) logger.debug('content not loaded in this process; cards render with the pages');
        else logger.info(`${jobs.length} social cards: those not in the cache render alongside the build`);
        startBuildCardBatch(jobs);
      },
    },
  };
}
