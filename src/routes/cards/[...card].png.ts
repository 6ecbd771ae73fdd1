/**
 * Social cards: one 1200×630 PNG per page, at `/cards/<page path>.png` (see src/model/card-paths.ts).
 * A static endpoint: getStaticPaths lists every card from `buildCardJobs` and hands the list to
 * the build's one batch (src/cards/build-batch.ts), started at the top of the build; each call
 * awaits its own card. The batch prints `[sitrep] cards: N rendered, M from cache`. In `astro dev`
 * content changes between requests, so each request renders (or fetches) just its own card.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { buildCardBatch } from '../../cards/build-batch.ts';
import { cardKey } from '../../cards/cache.ts';
import { buildCardJobs } from '../../cards/data.ts';
import { cardRouteParam } from '../../model/card-paths.ts';
import { startCardBatch, type CardJob } from '../../cards/pipeline.ts';
import { siteConfig } from '../../render/config.ts';
import { getPublication } from '../../render/publication.ts';

export const prerender = true;

async function siteCardJobs(): Promise<CardJob[]> {
  const about = await getEntry('pages', 'about');
  return buildCardJobs(await getPublication(), siteConfig, { about: about?.data });
}

/** The build's cards, handed to its batch once (getStaticPaths runs once per build). */
let handedOver: Promise<CardJob[]> | undefined;

export const getStaticPaths = (async () => {
  const jobs = import.meta.env.DEV
    ? await siteCardJobs()
    : await (handedOver ??= siteCardJobs().then((all) => {
      const batch = buildCardBatch();
      batch.add(all);
      void batch.close();
      return all;
    }));
  // A card is keyed by exactly what it shows (and the renderer): an unchanged card is copied
  // from the previous build by Astro's incremental build, whatever else changed.
  return jobs.map((job) => ({ params: { card: cardRouteParam(job.path) }, props: { job }, cacheKey: cardKey(job.data) }));
}) satisfies GetStaticPaths;

interface Props {
  job: CardJob;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const source = import.meta.env.DEV ? startCardBatch([props.job], { log: false }) : buildCardBatch();
  const png = await source.get(props.job.path);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
