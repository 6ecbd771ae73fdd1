/**
 * A batch of cards: each job is looked up in the content-addressed cache and only the misses are
 * rendered, on a worker_threads pool when there are more than a handful (fonts load once per
 * worker), else in this thread. Every card is a promise of its own (`get`), the whole batch one
 * more (`done`). The batch counts what it rendered, so "a rebuild with no content change renders
 * zero cards" is something a test and the build log can check.
 */
import { availableParallelism } from 'node:os';
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
  /** Worker threads used, at the most (0: rendered in the calling thread). */
  workers: number;
  /**
   * Wall-clock ms from closing the batch to its last card. A batch started with its jobs is
   * closed at once; the build's is closed by the card endpoint just before the first page.
   */
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
  /**
   * With 'auto' workers, leave one core to the calling thread until the first card is awaited
   * (default false). The build renders its pages on that thread until it asks for cards.
   */
  spareCore?: boolean;
  /** Misses at or below this count render in the calling thread: starting workers costs more. */
  parallelThreshold?: number;
  /** Where the summary line goes; false for silence. Default console.log. */
  log?: ((line: string) => void) | false;
  /** Delete cache entries unused by this batch and older than this many days (default 30; 0 to skip). */
  pruneDays?: number;
}

/** Default number of misses below which no worker is started. */
export const PARALLEL_THRESHOLD = 4;

/** Workers for `misses` cards: every core (see `poolSize`), or all but one while `spare`. */
export function workersFor(misses: number, spare: boolean, cores = availableParallelism()): number {
  const all = poolSize(misses);
  return spare && all > 1 ? Math.max(1, Math.min(all, cores - 1)) : all;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  // Failures are reported where a card or the batch is awaited; an unawaited one must not crash the process first.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

interface Entry {
  data: CardData;
  /** Jobs showing this exact data (usually one). */
  paths: string[];
  /** Settles when the card is in the cache folder. */
  ready: ReturnType<typeof deferred<void>>;
}

/**
 * Cards being produced. `add` takes jobs until `close`; `get` awaits one card, `done` all of them.
 * Finished cards live in the cache folder, not in memory: `get` reads the file when asked.
 */
export class CardBatch {
  /** Resolves with the counts once the batch is closed and every card is written. */
  readonly done: Promise<CardStats>;
  private readonly finished = deferred<CardStats>();
  private readonly options: RenderCardsOptions;
  private readonly cache: CardCache;
  private readonly renderer = rendererFingerprint();
  private readonly byKey = new Map<string, Entry>();
  private readonly byPath = new Map<string, string>();
  /** Misses waiting for a worker or for this thread, in job order. */
  private readonly queue: [string, Entry][] = [];
  private readonly stats: CardStats = { total: 0, rendered: 0, cached: 0, workers: 0, ms: 0, renderMs: 0, missingGlyphs: {} };
  private readonly errors: unknown[] = [];
  private pool: RenderPool | undefined;
  private renderingHere = false;
  private awaited = false;
  private closed = false;
  private closedAt = 0;

  constructor(options: RenderCardsOptions = {}) {
    this.options = options;
    this.cache = new CardCache(options.cacheDir ?? cardCacheDir());
    this.done = this.finished.promise;
  }

  /** Takes more jobs: each new card is looked up in the cache, then queued for rendering if missing. */
  add(jobs: readonly CardJob[]): void {
    if (this.closed) throw new Error('Cards cannot be added to a closed batch.');
    const fresh: [string, Entry][] = [];
    for (const job of jobs) {
      const key = cardKey(job.data, this.renderer);
      let entry = this.byKey.get(key);
      if (!entry) {
        entry = { data: job.data, paths: [], ready: deferred<void>() };
        this.byKey.set(key, entry);
        fresh.push([key, entry]);
      }
      if (!entry.paths.includes(job.path)) entry.paths.push(job.path);
      this.byPath.set(job.path, key);
    }
    this.stats.total = this.byKey.size;
    void Promise.all(fresh.map(async ([key, entry]) => {
      try {
        if (!(await this.cache.has(key))) return true;
        this.stats.cached++;
        entry.ready.resolve();
      } catch (error) {
        this.fail(entry, error);
      }
      return false;
    })).then((missing) => {
      // Render in job order, whatever order the cache answered in.
      const misses = fresh.filter((_, i) => missing[i]);
      this.queue.push(...misses);
      try {
        this.pump();
      } catch (error) {
        // A pool that cannot start: no card may be left pending, or a request would hang the build.
        for (const [, entry] of this.queue.splice(0)) this.fail(entry, error);
      }
    });
  }

  /** The PNG of a job's card, by path, once it is rendered (or found in the cache). */
  async get(path: string): Promise<Uint8Array> {
    const key = this.byPath.get(path);
    if (key === undefined) throw new Error(`No card job for ${path}.`);
    if (!this.awaited) {
      // The calling thread now waits for cards rather than working: the pool may take its core.
      this.awaited = true;
      // (A pool starts workers only while it still has cards queued.)
      if (this.pool && this.options.spareCore) this.pool.grow(poolSize(this.byKey.size) - this.pool.size);
    }
    await this.byKey.get(key)!.ready.promise;
    const png = await this.cache.read(key);
    if (!png) throw new Error(`The card ${path} was rendered but is missing from the cache folder ${this.cache.dir} (was it deleted during the build?).`);
    return png;
  }

  /** No more jobs: `done` resolves (and the summary is logged) once every card is written. */
  close(): Promise<CardStats> {
    if (!this.closed) {
      this.closed = true;
      this.closedAt = performance.now();
      void this.finish().then(this.finished.resolve, this.finished.reject);
    }
    return this.done;
  }

  /** Starts rendering what is queued: on the pool if there is (or should be) one, else in this thread. */
  private pump(): void {
    if (!this.queue.length) return;
    // Enough misses start the pool even while this thread renders a few: it stops after its card.
    this.pool ??= this.startPool(this.queue.length);
    if (this.pool) {
      for (const [key, entry] of this.queue.splice(0)) void this.track(entry, this.pool.render({ data: entry.data, cacheDir: this.cache.dir, key }));
    } else if (!this.renderingHere) {
      void this.renderHere();
    }
  }

  /** A pool for `misses` cards, or undefined when this thread should render them. */
  private startPool(misses: number): RenderPool | undefined {
    const script = workerScript();
    const { workers = 'auto', parallelThreshold = PARALLEL_THRESHOLD } = this.options;
    if (!script || misses <= parallelThreshold) return undefined;
    const size = workers === 'auto' ? workersFor(misses, !!this.options.spareCore && !this.awaited) : Math.min(workers, misses);
    // One worker is no faster than this thread, unless asked for: to keep this thread free.
    if (size < 1 || (size === 1 && workers === 'auto' && !this.options.spareCore)) return undefined;
    return new RenderPool(size, script);
  }

  /** Renders the queue in this thread, one card after another (they would only interleave on one core). */
  private async renderHere(): Promise<void> {
    this.renderingHere = true;
    try {
      while (this.queue.length) {
        const [key, entry] = this.queue.shift()!;
        await this.track(entry, (async () => {
          const t = performance.now();
          const { png, missing } = await renderCard(entry.data);
          await this.cache.write(key, png);
          return { missing, ms: performance.now() - t };
        })());
      }
    } finally {
      this.renderingHere = false;
    }
  }

  /** Counts one render and settles its card. */
  private async track(entry: Entry, render: Promise<{ missing: string[]; ms: number }>): Promise<void> {
    try {
      const { missing, ms } = await render;
      this.stats.rendered++;
      this.stats.renderMs += ms;
      if (missing.length) for (const p of entry.paths) this.stats.missingGlyphs[p] = missing;
      entry.ready.resolve();
    } catch (error) {
      this.fail(entry, error);
    }
  }

  private fail(entry: Entry, error: unknown): void {
    this.errors.push(error);
    entry.ready.reject(error);
  }

  private async finish(): Promise<CardStats> {
    await Promise.allSettled([...this.byKey.values()].map((entry) => entry.ready.promise));
    this.stats.workers = this.pool?.size ?? 0;
    await this.pool?.close();
    this.stats.ms = performance.now() - this.closedAt;
    const { pruneDays = 30 } = this.options;
    if (pruneDays !== 0) await this.cache.prune(new Set(this.byKey.keys()), pruneDays).catch(() => 0);
    const log = this.options.log === undefined ? console.log : this.options.log;
    if (log) {
      for (const [p, chars] of Object.entries(this.stats.missingGlyphs)) {
        log(`[sitrep] cards: ${p}: no bundled font draws ${chars.map((c) => `"${c}"`).join(' ')}; left out. Hint: install a @fontsource package that covers the script (@fontsource/noto-sans-arabic is picked up automatically; others need a line in FONT_SPECS in src/cards/fonts.ts).`);
      }
      log(summary(this.stats));
    }
    if (this.errors.length) throw this.errors[0];
    return { ...this.stats };
  }
}

/** A closed batch of `jobs`: starts rendering at once; await a card with `get`, all with `done`. */
export function startCardBatch(jobs: readonly CardJob[], options: RenderCardsOptions = {}): CardBatch {
  const batch = new CardBatch(options);
  batch.add(jobs);
  void batch.close();
  return batch;
}

/** The build log line: `[sitrep] cards: 3 rendered, 57 from cache (1.4 s, 2 workers)`. */
export function summary(stats: CardStats): string {
  const how = stats.rendered ? `, ${stats.workers ? `${stats.workers} worker${stats.workers === 1 ? '' : 's'}` : 'in-process'}` : '';
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
