/**
 * A card-render worker thread: loads the fonts once (on its first card) and renders the cards the
 * pool sends it, one at a time. Started by pool.ts; plain Node (type stripping), no Vite.
 */
import { parentPort } from 'node:worker_threads';
import { renderCard } from './render.ts';
import type { CardData } from './template.ts';

/** What the pool sends. */
export interface WorkerRequest {
  id: number;
  data: CardData;
}

/** What a worker answers: the PNG (transferred, not copied) or the error's text. */
export type WorkerResponse =
  | { id: number; png: Uint8Array; missing: string[]; ms: number }
  | { id: number; error: string };

if (parentPort) {
  const port = parentPort;
  port.on('message', async ({ id, data }: WorkerRequest) => {
    const started = performance.now();
    try {
      const rendered = await renderCard(data);
      // resvg's Buffer may sit in Node's shared pool, which cannot be transferred: copy it into
      // a buffer of its own and transfer that.
      const png = new Uint8Array(rendered.png);
      port.postMessage({ id, png, missing: rendered.missing, ms: performance.now() - started } satisfies WorkerResponse, [png.buffer]);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerResponse);
    }
  });
}
