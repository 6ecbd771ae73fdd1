/**
 * Benchmark entry point for the card renderer, for scripts/bench/index.ts (plain Node 24):
 *
 *   import { benchmarkCards } from './cards.ts';
 *   const result = await benchmarkCards({ count: 40 });
 *   console.log(result.cold.perCardMs, result.warm.perCardMs);
 *
 * Renders `count` synthetic briefing cards into an empty cache ("cold"), then the same cards
 * again ("warm": all cache hits), and reports wall-clock time per card with the renderer's own
 * counts, so a run that unexpectedly hit or missed the cache shows it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderCards, type CardJob, type CardStats, type RenderCardsOptions } from '../../src/cards/pipeline.ts';

export interface BenchOptions {
  /** Cards to render (default 24). */
  count?: number;
  /** Worker threads: 'auto' (default: one per core, capped), or a number; 0 renders in this thread. */
  workers?: RenderCardsOptions['workers'];
  /** Cache folder; default a fresh temporary folder, deleted afterwards. */
  cacheDir?: string;
}

/** One pass: the renderer's counts plus wall-clock time per card. */
export interface BenchPass {
  stats: CardStats;
  /** Wall-clock ms of the pass divided by the number of cards. */
  perCardMs: number;
  /** Mean render time of one card inside the renderer (excludes cache I/O and worker start-up). */
  renderMsPerCard: number;
}

export interface BenchResult {
  count: number;
  cold: BenchPass;
  warm: BenchPass;
}

const PLACES: [string, number, number][] = [
  ['ML', -8.0, 12.64], ['BF', -1.52, 12.37], ['NE', 2.11, 13.51], ['UA', 30.52, 50.45], ['PL', 19.46, 51.76],
  ['GE', 44.79, 41.72], ['SD', 32.53, 15.5], ['SO', 45.34, 2.04], ['MM', 96.13, 19.76], ['YE', 44.21, 15.37],
];
const WORDS = ['Łódź', 'Ségou', 'Tombouctou', 'Ménaka', 'strikes', 'convoy', 'border', 'ceasefire', 'talks', 'offensive', 'militia', 'drone', 'airport', 'supply', 'routes', 'again'];

/** Deterministic, varied briefing cards: titles of 3–18 words, one to three countries, 0–4 events. */
export function sampleCardJobs(count: number): CardJob[] {
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 3 + ((i * 7) % 16) }, (_, w) => WORDS[(i * 5 + w * 3) % WORDS.length]!);
    const places = Array.from({ length: 1 + (i % 3) }, (_, p) => PLACES[(i + p * 4) % PLACES.length]!);
    return {
      path: `/cards/briefings/bench-${i}.png`,
      data: {
        kind: 'briefing' as const,
        site: 'Sitrep Benchmark',
        label: `${1 + (i % 28)} October 2024`,
        kicker: i % 2 ? 'Sahel · West Africa' : 'Eastern Europe',
        title: `${words.join(' ')} (${i})`,
        description: 'Simultaneous strikes on several bases show a group able to fight on several fronts at once, and a state that cannot yet stop it.',
        url: `bench.example.org/briefings/bench-${i}`,
        byline: 'By Editorial Desk',
        map: { countries: places.map(([c]) => c), points: places.slice(0, i % 5).map(([, lon, lat]) => [lon, lat] as [number, number]) },
      },
    };
  });
}

/** Renders `count` cards cold then warm and reports per-card cost. */
export async function benchmarkCards(options: BenchOptions = {}): Promise<BenchResult> {
  const count = options.count ?? 24;
  const jobs = sampleCardJobs(count);
  const cacheDir = options.cacheDir ?? mkdtempSync(path.join(tmpdir(), 'sitrep-card-bench-'));
  const pass = async (): Promise<BenchPass> => {
    const started = performance.now();
    const { stats } = await renderCards(jobs, { cacheDir, workers: options.workers ?? 'auto', log: false, pruneDays: 0 });
    const ms = performance.now() - started;
    return { stats, perCardMs: ms / count, renderMsPerCard: stats.rendered ? stats.renderMs / stats.rendered : 0 };
  };
  try {
    const cold = await pass();
    const warm = await pass();
    return { count, cold, warm };
  } finally {
    if (!options.cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  }
}
