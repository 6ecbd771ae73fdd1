/**
 * The publication as pages see it: the visible briefings in order, and the taxonomies built
 * from them. The one module that queries the collections, so every page, feed and export agrees
 * on what is published. Results are memoised per build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildVisibility, getNeighbours, isScheduled, selectBriefings, type Neighbours } from './briefings.ts';
import { publicationCacheKey, type KeyedEntry } from './cache-key.ts';
import { contentDir } from './content-dir.ts';
import { countryName } from './countries.ts';
import { paths } from './paths.ts';
import { siteConfig } from '../site.config.ts';

export type Briefing = CollectionEntry<'briefings'>;
export type AuthorEntry = CollectionEntry<'authors'>;
export type RegionEntry = CollectionEntry<'regions'>;
export type ActorEntry = CollectionEntry<'actors'>;

/** This build's visibility rules (drafts in dev; SITREP_DRAFTS / SITREP_NOW for previews and tests). */
export const visibility = buildVisibility({
  dev: import.meta.env.DEV,
  drafts: process.env.SITREP_DRAFTS,
  now: process.env.SITREP_NOW,
});

let cache: Promise<Publication> | undefined;

/** A taxonomy term (region, actor, country, tag) with its briefings, newest first. */
export interface Term {
  kind: 'region' | 'actor' | 'country' | 'tag';
  id: string;
  name: string;
  description?: string | undefined;
  href: string;
  briefings: Briefing[];
}

export interface Publication {
  /** Visible briefings, newest first. */
  briefings: Briefing[];
  authors: Map<string, AuthorEntry>;
  regions: Map<string, RegionEntry>;
  actors: Map<string, ActorEntry>;
  terms: { region: Term[]; actor: Term[]; country: Term[]; tag: Term[] };
}

/** Loads the publication once per build. */
export function getPublication(): Promise<Publication> {
  cache ??= load();
  return cache;
}

async function load(): Promise<Publication> {
  const [all, authors, regions, actors] = await Promise.all([
    getCollection('briefings'),
    getCollection('authors'),
    getCollection('regions'),
    getCollection('actors'),
  ]);
  const briefings = selectBriefings(all, visibility);
  const authorMap = new Map(authors.map((a) => [a.id, a]));
  const regionMap = new Map(regions.map((r) => [r.id, r]));
  const actorMap = new Map(actors.map((a) => [a.id, a]));
  const group = (kind: Term['kind'], keys: (b: Briefing) => readonly string[], describe: (id: string) => Omit<Term, 'kind' | 'id' | 'briefings'>) => {
    const byId = new Map<string, Briefing[]>();
    for (const briefing of briefings) for (const key of keys(briefing)) byId.set(key, [...(byId.get(key) ?? []), briefing]);
    return [...byId]
      .map(([id, list]) => ({ kind, id, ...describe(id), briefings: list }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  };
  return {
    briefings,
    authors: authorMap,
    regions: regionMap,
    actors: actorMap,
    terms: {
      region: group('region', (b) => b.data.regions, (id) => ({ name: regionMap.get(id)?.data.name ?? id, description: regionMap.get(id)?.data.description, href: paths.region(id) })),
      actor: group('actor', (b) => b.data.actors, (id) => ({ name: actorMap.get(id)?.data.name ?? id, description: actorMap.get(id)?.data.description, href: paths.actor(id) })),
      country: group('country', (b) => b.data.countries, (code) => ({ name: countryName(code), href: paths.country(code) })),
      tag: group('tag', (b) => b.data.tags, (tag) => ({ name: tag, href: paths.tag(tag) })),
    },
  };
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
    const [{ briefings }, authors, regions, actors, datasets, pages] = await Promise.all([
      getPublication(),
      getCollection('authors'),
      getCollection('regions'),
      getCollection('actors'),
      getCollection('datasets'),
      getCollection('pages'),
    ]);
    const entries: KeyedEntry[] = [briefings, authors, regions, actors, datasets, pages].flatMap((list) => list.map((entry) => ({ collection: entry.collection, id: entry.id, digest: entry.digest, data: entry.data, body: 'body' in entry ? entry.body : undefined })));
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
