/**
 * The publication as pages see it: the visible briefings in order, and the taxonomies built
 * from them. The one module that queries the collections, so every page, feed and export agrees
 * on what is published. Results are memoised per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getNeighbours, isScheduled, type Neighbours } from '../model/briefings.ts';
import { visibilityFromEnv } from '../environment.ts';
import { publicationCacheKey, type KeyedEntry } from '../model/cache-key.ts';
import { contentDir } from '../loaders/content-dir.ts';
import { buildPublication, type PublicationOf, type TermOf } from '../model/publication.ts';
import { siteConfig } from './config.ts';

export type Briefing = CollectionEntry<'briefings'>;
export type AuthorEntry = CollectionEntry<'authors'>;
export type RegionEntry = CollectionEntry<'regions'>;
export type ActorEntry = CollectionEntry<'actors'>;

/** This build's visibility rules (drafts in dev; SITREP_DRAFTS / SITREP_NOW for previews and tests). */
export const visibility = visibilityFromEnv(import.meta.env.DEV);

let cache: Promise<Publication> | undefined;

/** A taxonomy term (region, actor, country, tag) with its briefings, newest first. */
export type Term = TermOf<Briefing>;

export type Publication = PublicationOf<Briefing, AuthorEntry, RegionEntry, ActorEntry>;

/** Loads the publication once per build. */
export function getPublication(): Promise<Publication> {
  cache ??= load();
  return cache;
}

async function load(): Promise<Publication> {
  const [briefings, authors, regions, actors] = await Promise.all([
    getCollection('briefings'),
    getCollection('authors'),
    getCollection('regions'),
    getCollection('actors'),
  ]);
  return buildPublication({ briefings, authors, regions, actors }, visibility);
}

/** Previous/next of a visible briefing. */
export async function getBriefingNeighbours(slug: string): Promise<Neighbours<Briefing>> {
  const { briefings } = await getPublication();
  return getNeighbours(briefings, slug);
}

let key: Promise<string> | undefined;

/**
 * The publication's cache key for Astro's incremental build (see ./cache-key.ts): the visible
 * briefings in order and every other entry a page may show, with the settings that change pages
 * without changing code. Pages from `getStaticPaths` return it as `cacheKey` (`withCacheKey`).
 */
export function getPublicationKey(): Promise<string> {
  key ??= (async () => {
    const [{ briefings, authors, regions, actors }, datasets, pages] = await Promise.all([
      getPublication(),
      getCollection('datasets'),
      getCollection('pages'),
    ]);
    const entries: KeyedEntry[] = [briefings, [...authors.values()], [...regions.values()], [...actors.values()], datasets, pages].flatMap((list) => list.map((entry) => ({ collection: entry.collection, id: entry.id, digest: entry.digest, data: entry.data, body: 'body' in entry ? entry.body : undefined })));
    return publicationCacheKey(entries, {
      site: siteConfig,
      contentDir,
      drafts: visibility.drafts,
      scheduled: visibility.scheduled,
      // A preview marks briefings still scheduled; the mark goes when the clock passes their date.
      scheduledNow: briefings.filter((b) => isScheduled(b, visibility.now)).map((b) => b.id),
    });
  })();
  return key;
}

/** `getStaticPaths` entries with the publication's cache key, so an unchanged build copies them. */
export async function withCacheKey<T extends object>(paths: readonly T[]): Promise<Array<T & { cacheKey: string }>> {
  const cacheKey = await getPublicationKey();
  return paths.map((entry) => ({ ...entry, cacheKey }));
}
