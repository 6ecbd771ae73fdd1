/**
 * A small worker_threads pool for rendering cards on every core. Satori and resvg are CPU-bound
 * and synchronous in long stretches, so threads (not promises) are what use a second core. Each
 * worker loads the fonts once, renders its cards one after another and writes each to the cache
 * folder itself; jobs go to the least loaded worker.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CardData } from './template.ts';
import type { WorkerRequest, WorkerResponse } from './worker.ts';

/** Never more threads than this, however many cores: each parses and holds its own fonts. */
export const MAX_WORKERS = 8;

/** One card for a worker: what to draw, and the cache file to write it to. */
export interface PoolJob {
  data: CardData;
  /** Cache folder and key: the worker writes the PNG there itself (see CardCache). */
  cacheDir: string;
  key: string;
}

/** What one render in a worker gives back (the PNG is in the cache folder). */
export interface PoolResult {
  missing: string[];
  ms: number;
}

/**
 * Cards sent ahead to each worker. Results are read on the build's main thread, which is busy
 * rendering pages and may not look at its messages for a second (a full-content feed); a worker
 * that had to wait for it to hand out the next card would sit idle meanwhile.
 */
export const IN_FLIGHT_PER_WORKER = 16;

/**
 * How many workers to start for `jobs` renders: SITREP_CARD_WORKERS if set (0 or 1 render in
 * the calling thread), else one per available core, capped by MAX_WORKERS and by the job count.
 */
export function poolSize(jobs: number, env: NodeJS.ProcessEnv = process.env): number {
  const configured = env.SITREP_CARD_WORKERS === undefined || env.SITREP_CARD_WORKERS === '' ? undefined : Number(env.SITREP_CARD_WORKERS);
  const cores = configured !== undefined && Number.isInteger(configured) && configured >= 0 ? configured : availableParallelism();
  return Math.max(0, Math.min(cores, MAX_WORKERS, jobs));
}

/**
 * The worker's entry point, worker.mjs (which loads worker.ts through tsx, so that it runs from
 * node_modules too). Next to this module when it runs from source (Node, vitest, and the build's
 * integration, which starts the build's batch: src/cards/build-batch.ts); when Astro has bundled
 * this module into a chunk, the source tree under the working directory. Undefined if neither
 * exists, and the caller renders in its own thread instead.
 */
export function workerScript(): string | undefined {
  const candidates = [
    path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.mjs'),
    path.resolve('src', 'cards', 'worker.mjs'),
  ];
  return candidates.find((file) => existsSync(file));
}

interface Task {
  id: number;
  job: PoolJob;
  resolve: (result: PoolResult) => void;
  reject: (error: Error) => void;
}

/** A fixed set of render workers fed from one queue, each kept a few cards ahead. */
export class RenderPool {
  private readonly inFlight = new Map<Worker, Map<number, Task>>();
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  /** Cards sent ahead to each worker. */
  private readonly depth: number;
  private readonly script: string;
  private started = 0;

  constructor(size: number, script: string, depth = IN_FLIGHT_PER_WORKER) {
    this.depth = depth;
    this.script = script;
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Number of worker threads (the most it has had running at once). */
  get size(): number {
    return this.started;
  }

  /**
   * Adds `count` workers while cards are still queued: for when the thread that started the pool
   * stops needing its core (the build's pages are written and it only waits for cards).
   */
  grow(count = 1): void {
    for (let i = 0; i < count && !this.closed && this.queue.length; i++) this.spawn();
    this.dispatch();
  }

  private spawn(): void {
    const worker = new Worker(this.script, { name: `sitrep-card-${this.started++}` });
    // Do not keep the build process alive for idle workers.
    worker.unref();
    worker.on('message', (message: WorkerResponse) => this.settle(worker, message));
    worker.on('error', (error: unknown) => this.fail(worker, error instanceof Error ? error : new Error(String(error))));
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.fail(worker, new Error(`card worker exited with code ${code}`));
    });
    this.inFlight.set(worker, new Map());
  }

  /** Renders a card in a worker, which writes it to the cache. */
  render(job: PoolJob): Promise<PoolResult> {
    if (this.closed) return Promise.reject(new Error('The card render pool is closed.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; queued and unfinished renders are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('The card render pool was closed.');
    for (const task of this.queue.splice(0)) task.reject(error);
    for (const tasks of this.inFlight.values()) for (const task of tasks.values()) task.reject(error);
    await Promise.all([...this.inFlight.keys()].map((worker) => worker.terminate()));
    this.inFlight.clear();
  }

  /** Tops every worker up to `depth` cards, the least loaded first. */
  private dispatch(): void {
    while (this.queue.length) {
      let target: [Worker, Map<number, Task>] | undefined;
      for (const entry of this.inFlight) if (entry[1].size < this.depth && (!target || entry[1].size < target[1].size)) target = entry;
      if (!target) return;
      const [worker, tasks] = target;
      const task = this.queue.shift()!;
      if (!tasks.size) worker.ref();
      tasks.set(task.id, task);
      worker.postMessage({ id: task.id, ...task.job } satisfies WorkerRequest);
    }
  }

  private settle(worker: Worker, message: WorkerResponse): void {
    const tasks = this.inFlight.get(worker);
    const task = tasks?.get(message.id);
    if (!tasks || !task) return;
    tasks.delete(message.id);
    if (!tasks.size) worker.unref();
    if ('error' in message) task.reject(new Error(`Rendering a card failed in a worker:\n${message.error}`));
    else task.resolve({ missing: message.missing, ms: message.ms });
    this.dispatch();
  }

  private fail(worker: Worker, error: Error): void {
    const tasks = this.inFlight.get(worker);
    this.inFlight.delete(worker);
    for (const task of tasks?.values() ?? []) task.reject(error);
    // A dead worker is not replaced; if none is left, the queue cannot drain.
    if (!this.inFlight.size) for (const queued of this.queue.splice(0)) queued.reject(error);
  }
}
