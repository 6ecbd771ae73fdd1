/**
 * The entries the content loaders hold, by collection, for code that runs in the build process
 * before any page renders. Its one reader is the cards integration (src/integration/cards.ts),
 * which starts the social cards before Vite bundles the pages: measured, a cold build is slower
 * when they wait for the pages. Loaders run in the content layer's module graph and integrations
 * in the config's, so they meet on a process-wide registry, as the pending content problems of
 * ./briefing-loader.ts do.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** An entry as a loader stored it: data parsed by its collection's schema, as pages get it. */
export interface LoadedEntry<T extends object = Record<string, unknown>> {
  id: string;
  data: T;
  body?: string | undefined;
  digest?: string | number | undefined;
  filePath?: string | undefined;
}

type Stores = Map<string, LoaderContext['store']>;

function stores(): Stores {
  const key = Symbol.for('sitrep.loadedContent');
  const registry = globalThis as unknown as Record<symbol, Stores | undefined>;
  return (registry[key] ??= new Map());
}

/** Wraps a loader so that, once it has loaded, its collection's entries can be read here. */
export function recordingLoader(inner: Loader): Loader {
  return {
    ...inner,
    load: async (context: LoaderContext) => {
      await inner.load(context);
      stores().set(context.collection, context.store);
    },
  };
}

/**
 * The entries of a collection loaded in this process, or undefined if it has not loaded. `T` is
 * the output type of the collection's schema (src/collections.ts), which parsed every entry.
 */
export function loadedEntries<T extends object>(collection: string): LoadedEntry<T>[] | undefined {
  return stores().get(collection)?.values() as LoadedEntry<T>[] | undefined;
}
