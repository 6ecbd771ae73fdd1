/**
 * Renders a build's cards: each job is looked up in the content-addressed cache and only the
 * misses are rendered, on a worker_threads pool when there are more than a handful (fonts load
 * once per worker), else in this thread. Counts what it rendered, so "a rebuild with no content
 * change renders zero cards" is something a test and the build log can check.
 */
import { CardCache, cardCacheDir, cardKey, rendererFingerprint } from './cache.ts';
import { poolSize, RenderPool, workerScript } from './pool.ts';
import { renderCard } from './render.ts';
import type { CardData } from './template.ts';

/** One card to produce: its site-relative URL (`/cards/…png`) and what it shows. */
export interface CardJob {
  path: string;
  data: CardData;
}

/** What a batch did. `rendered + cached` is the number of distinct cards. */
export interface CardStats {
  /** Cards in the batch (jobs with identical data count once). */
  total: number;
  /** Cards rendered by satori + resvg in this batch. */
  rendered: number;
  /** Cards read from the cache. */
  cached: number;
  /** Worker threads used (0: rendered in the calling thread). */
  workers: number;
  /** Wall-clock time of the batch, ms. */
  ms: number;
  /** Sum of the per-card render times, ms (CPU-ish cost; equals `ms` minus overhead when serial). */
  renderMs: number;
  /** Characters no bundled font could draw, by card path (left out of those cards). */
  missingGlyphs: Record<string, string[]>;
}

export interface RenderCardsOptions {
  /** Cache folder; default `cardCacheDir()` (SITREP_CACHE_DIR). */
  cacheDir?: string;
  /** Worker threads: a number, or 'auto' (SITREP_CARD_WORKERS or one per core, capped). */
  workers?: number | 'auto';
  /** Misses at or below this count render in the calling thread: starting workers costs more. */
  parallelThreshold?: number;
  /** Where the summary line goes; false for silence. Default console.log. */
  log?: ((line: string) => void) | false;
  /** Delete cache entries unused by this batch and older than this many days (default 30; 0 to skip). */
  pruneDays?: number;
}

/**
 * A batch in progress: each card can be awaited on its own, the whole batch through `done`.
 * Finished cards live in the cache folder, not in memory: `get` reads the file when asked.
 */
export interface CardBatch {
  /** The PNG of a job's card, by path, once it is rendered (or found in the cache). */
  get(path: string): Promise<Uint8Array>;
  /** Resolves when every card is written, with the counts. */
  done: Promise<CardStats>;
}

/** Default number of misses below which no worker is started. */
export const PARALLEL_THRESHOLD = 4;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  // The batch's `done` reports failures; an unawaited card must not crash the process first.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/**
 * Starts rendering every job and returns at once: the endpoint submits the whole site's cards on
 * its first request and then awaits each one, so the pool works while Astro writes the files.
 */
export function startCardBatch(jobs: readonly CardJob[], options: RenderCardsOptions = {}): CardBatch {
  const started = performance.now();
  const cache = new CardCache(options.cacheDir ?? cardCacheDir());
  const renderer = rendererFingerprint();
  interface Entry {
    data: CardData;
    /** Jobs showing this exact data (usually one). */
    paths: string[];
    /** Settles when the card is in the cache folder. */
    ready: ReturnType<typeof deferred<void>>;
  }
  const byKey = new Map<string, Entry>();
  const byPath = new Map<string, string>();
  for (const job of jobs) {
    const key = cardKey(job.data, renderer);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { data: job.data, paths: [], ready: deferred<void>() };
      byKey.set(key, entry);
    }
    entry.paths.push(job.path);
    byPath.set(job.path, key);
  }

  const run = async (): Promise<CardStats> => {
    const stats: CardStats = { total: byKey.size, rendered: 0, cached: 0, workers: 0, ms: 0, renderMs: 0, missingGlyphs: {} };
    const misses: [string, Entry][] = [];
    await Promise.all(
      [...byKey].map(async ([key, entry]) => {
        if (await cache.has(key)) {
          stats.cached++;
          entry.ready.resolve();
        } else {
          misses.push([key, entry]);
        }
      }),
    );
    // Render in job order, whatever order the cache answered in.
    const order = [...byKey.keys()];
    misses.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));

    const script = workerScript();
    const size = misses.length > (options.parallelThreshold ?? PARALLEL_THRESHOLD) && script
      ? (options.workers === undefined || options.workers === 'auto' ? poolSize(misses.length) : Math.min(options.workers, misses.length))
      : 0;
    const pool = size > 1 && script ? new RenderPool(size, script) : undefined;
    stats.workers = pool?.size ?? 0;
    /** Renders one card into the cache: in a worker (which writes the file) or in this thread. */
    const render = async (key: string, data: CardData): Promise<{ missing: string[]; ms: number }> => {
      if (pool) return pool.render({ data, cacheDir: cache.dir, key });
      const t = performance.now();
      const { png, missing } = await renderCard(data);
      await cache.write(key, png);
      return { missing, ms: performance.now() - t };
    };
    const errors: unknown[] = [];
    try {
      // In-process renders run one after another (they would only interleave on one core).
      const limit = pool ? misses.length : 1;
      let next = 0;
      const lane = async () => {
        while (next < misses.length) {
          const [key, entry] = misses[next++]!;
          try {
            const { missing, ms } = await render(key, entry.data);
            stats.rendered++;
            stats.renderMs += ms;
            if (missing.length) for (const p of entry.paths) stats.missingGlyphs[p] = missing;
            entry.ready.resolve();
          } catch (error) {
            errors.push(error);
            entry.ready.reject(error);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(limit, misses.length) }, lane));
    } finally {
      await pool?.close();
    }
    stats.ms = performance.now() - started;
    if (options.pruneDays !== 0) await cache.prune(new Set(byKey.keys()), options.pruneDays ?? 30).catch(() => 0);
    const log = options.log === undefined ? console.log : options.log;
    if (log) {
      for (const [p, chars] of Object.entries(stats.missingGlyphs)) {
        log(`[sitrep] cards: ${p}: no bundled font draws ${chars.map((c) => `"${c}"`).join(' ')}; left out. Hint: install a @fontsource package that covers the script (@fontsource/noto-sans-arabic is picked up automatically; others need a line in FONT_SPECS in src/cards/fonts.ts).`);
      }
      log(summary(stats));
    }
    if (errors.length) throw errors[0];
    return stats;
  };

  const done = run();
  // Whatever failed (a cache folder that cannot be read, a pool that cannot start), no card may
  // be left pending: a request waiting on it would hang the build. Settled cards are unaffected.
  done.catch((error: unknown) => {
    for (const entry of byKey.values()) entry.ready.reject(error);
  });
  return {
    async get(path) {
      const key = byPath.get(path);
      if (key === undefined) throw new Error(`No card job for ${path}.`);
      await byKey.get(key)!.ready.promise;
      const png = await cache.read(key);
      if (!png) throw new Error(`The card ${path} was rendered but is missing from the cache folder ${cache.dir} (was it deleted during the build?).`);
      return png;
    },
    done,
  };
}

/** The build log line: `[sitrep] cards: 3 rendered, 57 from cache (1.4 s, 2 workers)`. */
export function summary(stats: CardStats): string {
  const how = stats.rendered ? `, ${stats.workers ? `${stats.workers} workers` : 'in-process'}` : '';
  return `[sitrep] cards: ${stats.rendered} rendered, ${stats.cached} from cache (${(stats.ms / 1000).toFixed(1)} s${how})`;
}

/** Renders (or reads from the cache) every job and returns the PNGs by path with the counts. */
export async function renderCards(jobs: readonly CardJob[], options: RenderCardsOptions = {}): Promise<{ cards: Map<string, Uint8Array>; stats: CardStats }> {
  const batch = startCardBatch(jobs, options);
  const stats = await batch.done;
  const cards = new Map<string, Uint8Array>();
  for (const job of jobs) cards.set(job.path, await batch.get(job.path));
  return { cards, stats };
}
