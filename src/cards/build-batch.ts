/**
 * The production build's one card batch, and its one hand-off.
 *
 * The cards integration (src/integration/cards.ts) starts the batch at `astro:build:start`,
 * before Vite bundles the pages, with the site's cards worked out from the loaders' entries:
 * bundling keeps one core busy for a good share of the build and the cards are its biggest job
 * after the pages, so they use the idle core meanwhile. The card endpoint
 * (src/routes/cards/[...card].png.ts) runs in the bundle Vite makes later, a module graph of its
 * own, so it cannot import the integration's batch: it finds it here, under one process-wide
 * key. The endpoint's `getStaticPaths` adds the site's cards as the pages see them (already in
 * the batch, unless the two lists ever differed) and closes the batch; each endpoint call then
 * awaits its own card.
 */
import { CardBatch, type CardJob } from './pipeline.ts';

const KEY = Symbol.for('sitrep.buildCardBatch');
const registry = globalThis as unknown as Record<symbol, CardBatch | undefined>;

/** Starts the build's batch (replacing a previous build's in this process) with `jobs`, if known yet. */
export function startBuildCardBatch(jobs: readonly CardJob[] = []): CardBatch {
  const batch = new CardBatch({
    // The pages render on this thread until the endpoint asks for its first card.
    spareCore: true,
    // After Astro's progress lines, on a line of its own.
    log: (line) => console.log(`\n${line}`),
  });
  batch.add(jobs);
  registry[KEY] = batch;
  return batch;
}

/** The build's batch: the one the integration started, or (if none was) one started now. */
export function buildCardBatch(): CardBatch {
  return registry[KEY] ?? startBuildCardBatch();
}
