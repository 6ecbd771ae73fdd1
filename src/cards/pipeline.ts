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
  /** Of `rendered`, the cards another shared batch of this process rendered (see `shared`). */
  adopted?: number;
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
  /**
   * Worker threads: a number (1 renders off this thread, on one worker), or 'auto'
   * (SITREP_CARD_WORKERS or one per core, capped; one core renders in this thread).
   */
  workers?: number | 'auto';
  /** Misses at or below this count render in the calling thread: starting workers costs more. */
  parallelThreshold?: number;
  /** Where the summary line goes; false for silence. Default console.log. */
  log?: ((line: string) => void) | false;
  /** Delete cache entries unused by this batch and older than this many days (default 30; 0 to skip). */
  pruneDays?: number;
  /**
   * Cooperate with the other shared batches of this process (default false): a card one of them
   * renders is awaited, not rendered twice, and counts as rendered in each. The build's
   * pre-render (src/integration/cards.ts) and its pages' batch share.
   */
  shared?: boolean;
  /** Workers a shared batch adds to the shared pools still rendering when its first card is asked for (default 1). */
  boost?: number;
}

/** How a card another batch took on turned out: rendered (with any characters left out), or failed. */
interface Outcome {
  rendered: boolean;
  missing: string[];
  /** Workers of the batch that rendered it. */
  workers: number;
  /** Its render time, ms. */
  ms: number;
}

/** Cards the shared batches of this process have taken on, by key. */
type Taken = Map<string, Promise<Outcome>>;

function taken(): Taken {
  const key = Symbol.for('sitrep.cardsTaken');
  const registry = globalThis as unknown as Record<symbol, Taken | undefined>;
  return (registry[key] ??= new Map());
}

/** The worker pools of the shared batches of this process that are still rendering. */
function sharedPools(): Set<RenderPool> {
  const key = Symbol.for('sitrep.cardPools');
  const registry = globalThis as unknown as Record<symbol, Set<RenderPool> | undefined>;
  return (registry[key] ??= new Set());
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

  // A shared batch takes its cards on at once, before any await, so a batch started right after
  // it waits for them rather than racing it; cards another batch took on first are adopted.
  const shared = options.shared ? taken() : undefined;
  const outcomes = new Map<string, ReturnType<typeof deferred<Outcome>>>();
  const adopted: [string, Entry][] = [];
  for (const [key, entry] of byKey) {
    if (shared?.has(key)) {
      adopted.push([key, entry]);
    } else {
      const outcome = deferred<Outcome>();
      outcomes.set(key, outcome);
      shared?.set(key, outcome.promise);
    }
  }
  const NOT_RENDERED: Outcome = { rendered: false, missing: [], workers: 0, ms: 0 };

  const run = async (): Promise<CardStats> => {
    const stats: CardStats = { total: byKey.size, rendered: 0, cached: 0, workers: 0, ms: 0, renderMs: 0, missingGlyphs: {} };
    const misses: [string, Entry][] = [];
    await Promise.all(
      [...byKey].filter(([key]) => outcomes.has(key)).map(async ([key, entry]) => {
        if (await cache.has(key)) {
          stats.cached++;
          entry.ready.resolve();
          outcomes.get(key)!.resolve(NOT_RENDERED);
        } else {
          misses.push([key, entry]);
        }
      }),
    );
    // Render in job order, whatever order the cache answered in.
    const order = new Map([...byKey.keys()].map((key, i) => [key, i]));
    misses.sort(([a], [b]) => order.get(a)! - order.get(b)!);
    const errors: unknown[] = [];
    const ownRenders = renderMisses(misses);
    const late: [string, Entry][] = [];
    await Promise.all(
      adopted.map(async ([key, entry]) => {
        const { rendered, missing, workers, ms } = await shared!.get(key)!;
        stats.workers = Math.max(stats.workers, workers);
        stats.renderMs += ms;
        if (await cache.has(key)) {
          if (rendered) {
            stats.rendered++;
            stats.adopted = (stats.adopted ?? 0) + 1;
          } else {
            stats.cached++;
          }
          if (missing.length) for (const p of entry.paths) stats.missingGlyphs[p] = missing;
          entry.ready.resolve();
        } else {
          // The other batch failed on it: render it here, so the error is this batch's to report.
          late.push([key, entry]);
        }
      }),
    );
    await ownRenders;
    if (late.length) await renderMisses(late);

    /** Renders cards into the cache: on a worker pool when there are enough, else in this thread. */
    async function renderMisses(list: [string, Entry][]): Promise<void> {
      for (const [key] of list) {
        if (outcomes.has(key)) continue;
        // A card adopted from a batch that failed on it: this batch answers for it now.
        const outcome = deferred<Outcome>();
        outcomes.set(key, outcome);
        shared?.set(key, outcome.promise);
      }
      const script = workerScript();
      const size = list.length > (options.parallelThreshold ?? PARALLEL_THRESHOLD) && script
        ? (options.workers === undefined || options.workers === 'auto' ? poolSize(list.length) : Math.min(options.workers, list.length))
        : 0;
      // One worker is no faster than this thread, unless asked for: to keep this thread free.
      const offThread = size > 1 || (size === 1 && typeof options.workers === 'number');
      let pool: RenderPool | undefined;
      /** Renders one card into the cache: in a worker (which writes the file) or in this thread. */
      const render = async (key: string, data: CardData): Promise<{ missing: string[]; ms: number }> => {
        if (pool) return pool.render({ data, cacheDir: cache.dir, key });
        const t = performance.now();
        const { png, missing } = await renderCard(data);
        await cache.write(key, png);
        return { missing, ms: performance.now() - t };
      };
      try {
        pool = offThread && script ? new RenderPool(size, script) : undefined;
        if (pool && shared) sharedPools().add(pool);
        // In-process renders run one after another (they would only interleave on one core).
        const limit = pool ? list.length : 1;
        let next = 0;
        const lane = async () => {
          while (next < list.length) {
            const [key, entry] = list[next++]!;
            try {
              const { missing, ms } = await render(key, entry.data);
              stats.rendered++;
              stats.renderMs += ms;
              if (missing.length) for (const p of entry.paths) stats.missingGlyphs[p] = missing;
              entry.ready.resolve();
              outcomes.get(key)!.resolve({ rendered: true, missing, workers: pool?.size ?? 0, ms });
            } catch (error) {
              errors.push(error);
              entry.ready.reject(error);
              outcomes.get(key)!.resolve(NOT_RENDERED);
            }
          }
        };
        await Promise.all(Array.from({ length: Math.min(limit, list.length) }, lane));
        stats.workers = Math.max(stats.workers, pool?.size ?? 0);
      } finally {
        if (pool) sharedPools().delete(pool);
        await pool?.close();
        // Nothing another batch waits on may stay pending (settled ones keep their outcome).
        for (const [key] of list) outcomes.get(key)!.resolve(NOT_RENDERED);
      }
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

  const done = run().finally(() => {
    // Whatever happened, no other batch may wait on this one forever.
    for (const outcome of outcomes.values()) outcome.resolve(NOT_RENDERED);
  });
  // Whatever failed (a cache folder that cannot be read, a pool that cannot start), no card may
  // be left pending: a request waiting on it would hang the build. Settled cards are unaffected.
  done.catch((error: unknown) => {
    for (const entry of byKey.values()) entry.ready.reject(error);
  });
  let boosted = false;
  return {
    async get(path) {
      const key = byPath.get(path);
      if (key === undefined) throw new Error(`No card job for ${path}.`);
      if (shared && !boosted) {
        // The first card asked for: the build has written the pages before the cards and now
        // mostly waits, so the shared pools may take its core too.
        boosted = true;
        for (const running of sharedPools()) running.grow(options.boost ?? 1);
      }
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
  const how = stats.rendered ? `, ${stats.workers ? `${stats.workers} worker${stats.workers === 1 ? '' : 's'}` : 'in-process'}` : '';
  const ahead = stats.adopted ? `; ${stats.adopted} started with the build` : '';
  return `[sitrep] cards: ${stats.rendered} rendered, ${stats.cached} from cache (${(stats.ms / 1000).toFixed(1)} s${how}${ahead})`;
}

/** Renders (or reads from the cache) every job and returns the PNGs by path with the counts. */
export async function renderCards(jobs: readonly CardJob[], options: RenderCardsOptions = {}): Promise<{ cards: Map<string, Uint8Array>; stats: CardStats }> {
  const batch = startCardBatch(jobs, options);
  const stats = await batch.done;
  const cards = new Map<string, Uint8Array>();
  for (const job of jobs) cards.set(job.path, await batch.get(job.path));
  return { cards, stats };
}
