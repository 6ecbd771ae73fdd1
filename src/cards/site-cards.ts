/**
 * The build's social cards: every card of the site as one batch, shared by the card endpoint
 * (src/routes/cards/[...card].png.ts), which serves each PNG, and the middleware
 * (src/middleware.ts), which starts the batch when the build renders its first page. Astro
 * renders pages one at a time and reaches `/cards/…` only after `/briefings/…`; started early,
 * the worker pool renders cards on the other core while the pages are written, instead of the
 * build waiting on them at the end. Most cards are already on their way by then: the build
 * started them before bundling (src/integration/cards.ts), and this batch waits for those. In
 * `astro dev` nothing is shared: content changes between requests, so the endpoint renders just
 * the card asked for.
 */
import { getEntry } from 'astro:content';
import { getPublication } from '../render/publication.ts';
import { siteConfig } from '../render/config.ts';
import { buildCardJobs } from './data.ts';
import { startCardBatch, type CardBatch, type CardJob } from './pipeline.ts';

let jobs: Promise<CardJob[]> | undefined;
let batch: Promise<CardBatch> | undefined;

/** Every card of the site: computed once per build, afresh on each call in `astro dev`. */
export function siteCardJobs(): Promise<CardJob[]> {
  const load = async () => {
    const about = await getEntry('pages', 'about');
    return buildCardJobs(await getPublication(), siteConfig, { about: about?.data });
  };
  if (import.meta.env.DEV) return load();
  jobs ??= load();
  return jobs;
}

/** The build's one batch, started on the first call. Build only (see above). */
export function siteCardBatch(): Promise<CardBatch> {
  batch ??= siteCardJobs().then((all) => startCardBatch(all, { shared: true, log: (line) => console.log(`\n${line}`) }));
  return batch;
}

let started = false;

/**
 * Starts the batch without waiting for it; every later call is a no-op (the middleware calls it
 * for each page). A failure is reported where a card is awaited, by the endpoint, which fails
 * the build with it; here it must not surface a second time.
 */
export function startSiteCards(): void {
  if (started) return;
  started = true;
  siteCardBatch().catch(() => undefined);
}
