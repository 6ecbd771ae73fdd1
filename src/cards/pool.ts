/**
 * A small worker_threads pool for rendering cards on every core. Satori and resvg are CPU-bound
 * and synchronous in long stretches, so threads (not promises) are what use a second core. Each
 * worker loads the fonts once; jobs go to whichever worker is free.
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

/** What one render in a worker gives back. */
export interface PoolResult {
  png: Uint8Array;
  missing: string[];
  ms: number;
}

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
 * The worker's source file. Next to this module when it runs from source (Node, vitest); when
 * Astro has bundled this module into a chunk, the source tree under the working directory.
 * Undefined if neither exists, and the caller renders in its own thread instead.
 */
export function workerScript(): string | undefined {
  const candidates = [
    path.join(path.dirname(fileURLToPath(import.meta.url)), 'worker.ts'),
    path.resolve('src', 'cards', 'worker.ts'),
  ];
  return candidates.find((file) => existsSync(file));
}

interface Task {
  id: number;
  data: CardData;
  resolve: (result: PoolResult) => void;
  reject: (error: Error) => void;
}

/** A fixed set of render workers fed from one queue. */
export class RenderPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  /** Number of worker threads. */
  readonly size: number;

  constructor(size: number, script: string) {
    this.size = size;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { name: `sitrep-card-${i}` });
      // Do not keep the build process alive for idle workers.
      worker.unref();
      worker.on('message', (message: WorkerResponse) => this.settle(worker, message));
      worker.on('error', (error: unknown) => this.fail(worker, error instanceof Error ? error : new Error(String(error))));
      worker.on('exit', (code) => {
        if (!this.closed && code !== 0) this.fail(worker, new Error(`card worker exited with code ${code}`));
      });
      this.idle.push(worker);
    }
  }

  /** Renders a card in a worker. */
  render(data: CardData): Promise<PoolResult> {
    if (this.closed) return Promise.reject(new Error('The card render pool is closed.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, data, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker; queued renders are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('The card render pool was closed.'));
    await Promise.all([...this.idle, ...this.busy.keys()].map((worker) => worker.terminate()));
    this.idle.length = 0;
    this.busy.clear();
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.ref();
      worker.postMessage({ id: task.id, data: task.data } satisfies WorkerRequest);
    }
  }

  private settle(worker: Worker, message: WorkerResponse): void {
    const task = this.busy.get(worker);
    if (!task || task.id !== message.id) return;
    this.busy.delete(worker);
    worker.unref();
    this.idle.push(worker);
    if ('error' in message) task.reject(new Error(`Rendering a card failed in a worker:\n${message.error}`));
    else task.resolve({ png: message.png, missing: message.missing, ms: message.ms });
    this.dispatch();
  }

  private fail(worker: Worker, error: Error): void {
    const task = this.busy.get(worker);
    this.busy.delete(worker);
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
    task?.reject(error);
    // A dead worker is not replaced; if none is left, the queue cannot drain.
    if (!this.idle.length && !this.busy.size) for (const queued of this.queue.splice(0)) queued.reject(error);
  }
}
