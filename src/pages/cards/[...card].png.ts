/**
 * Social cards: one 1200×630 PNG per page, at `/cards/<page path>.png` (see src/cards/paths.ts).
 * A static endpoint: getStaticPaths lists every card from `buildCardJobs`, and the first request
 * starts one batch for all of them (cache lookups, then the misses on a worker pool), so the
 * cards render in parallel even though Astro calls this endpoint one path at a time; each call
 * then awaits its own card. The batch prints `[sitrep] cards: N rendered, M from cache`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { buildCardJobs } from '../../cards/data.ts';
import { cardRouteParam } from '../../cards/paths.ts';
import { startCardBatch, type CardBatch, type CardJob } from '../../cards/pipeline.ts';
import { getPublication } from '../../lib/publication.ts';
import { siteConfig } from '../../site.config.ts';

export const prerender = true;

let jobs: Promise<CardJob[]> | undefined;
let batch: CardBatch | undefined;

/** Every card of the site: computed once per build, afresh on each request in `astro dev`. */
function siteCardJobs(): Promise<CardJob[]> {
  const load = async () => {
    const about = await getEntry('pages', 'about');
    return buildCardJobs(await getPublication(), siteConfig, { about: about?.data });
  };
  if (import.meta.env.DEV) return load();
  jobs ??= load();
  return jobs;
}

export const getStaticPaths = (async () => {
  return (await siteCardJobs()).map((job) => ({ params: { card: cardRouteParam(job.path) }, props: { job } }));
}) satisfies GetStaticPaths;

interface Props {
  job: CardJob;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  // In `astro dev` content changes between requests: render (or fetch) just the card asked for.
  const source = import.meta.env.DEV ? startCardBatch([props.job], { log: false }) : (batch ??= startCardBatch(await siteCardJobs(), { log: (line) => console.log(`\n${line}`) }));
  const png = await source.get(props.job.path);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
