/**
 * Social cards: one 1200×630 PNG per page, at `/cards/<page path>.png` (see src/cards/paths.ts).
 * A static endpoint: getStaticPaths lists every card from `buildCardJobs`, and one batch renders
 * them all (cache lookups, then the misses on a worker pool), started by the middleware at the
 * build's first page (src/cards/site-cards.ts); each call awaits its own card. The batch prints
 * `[sitrep] cards: N rendered, M from cache`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardKey } from '../../cards/cache.ts';
import { cardRouteParam } from '../../cards/paths.ts';
import { startCardBatch, type CardJob } from '../../cards/pipeline.ts';
import { siteCardBatch, siteCardJobs } from '../../cards/site-cards.ts';

export const prerender = true;

export const getStaticPaths = (async () => {
  // A card is keyed by exactly what it shows (and the renderer): an unchanged card is copied
  // from the previous build by Astro's incremental build, whatever else changed.
  return (await siteCardJobs()).map((job) => ({ params: { card: cardRouteParam(job.path) }, props: { job }, cacheKey: cardKey(job.data) }));
}) satisfies GetStaticPaths;

interface Props {
  job: CardJob;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  // In `astro dev` content changes between requests: render (or fetch) just the card asked for.
  const source = import.meta.env.DEV ? startCardBatch([props.job], { log: false }) : await siteCardBatch();
  const png = await source.get(props.job.path);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
