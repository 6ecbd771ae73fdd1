/**
 * A card-render worker thread: loads the fonts once (on its first card), renders the cards the
 * pool sends it one after another, in the order sent, and writes each PNG to the cache folder
 * itself, so only a few bytes of news go back to the (busy) main thread. Started by pool.ts
 * through worker.mjs (tsx's loader); plain Node, no Vite.
 */
import { parentPort } from 'node:worker_threads';
import { CardCache } from './cache.ts';
import { renderCard } from './render.ts';
import type { CardData } from './template.ts';

/** What the pool sends. */
export interface WorkerRequest {
  id: number;
  data: CardData;
  cacheDir: string;
  key: string;
}

/** What a worker answers once the PNG is in the cache, or the error's text. */
export type WorkerResponse =
  | { id: number; missing: string[]; ms: number }
  | { id: number; error: string };

if (parentPort) {
  const port = parentPort;
  const queue: WorkerRequest[] = [];
  let running = false;
  const caches = new Map<string, CardCache>();
  const run = async () => {
    running = true;
    while (queue.length) {
      const { id, data, cacheDir, key } = queue.shift()!;
      const started = performance.now();
      try {
        const rendered = await renderCard(data);
        let cache = caches.get(cacheDir);
        if (!cache) caches.set(cacheDir, (cache = new CardCache(cacheDir)));
        await cache.write(key, rendered.png);
        port.postMessage({ id, missing: rendered.missing, ms: performance.now() - started } satisfies WorkerResponse);
      } catch (error) {
        port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerResponse);
      }
    }
    running = false;
  };
  port.on('message', (request: WorkerRequest) => {
    queue.push(request);
    if (!running) void run();
  });
}
