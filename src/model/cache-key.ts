/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page returned from
 * `getStaticPaths` with a `cacheKey` is copied from the previous build instead of rendered again
 * when its key and its code (Astro hashes the page's module graph) are both unchanged.
 *
 * Sitrep's pages read more than their own entry (neighbours, author and actor names, taxonomy
 * counts, the site config), so they share one key over everything the publication is built
 * from: a build with no change anywhere copies every page; any content change renders them all
 * again, as a build without the flag would. Cards are keyed by exactly what they show.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.ts';

/** A content entry as the key sees it: Astro's content digest, or its data when it has none. */
export interface KeyedEntry {
  collection: string;
  id: string;
  digest?: string | number | undefined;
  data?: unknown;
  body?: string | undefined;
}

/** Bump when what a key covers changes, so no build trusts keys computed the old way. */
const KEY_VERSION = 1;

/**
 * One key for the whole publication: every entry (in the order given: the visible briefings'
 * order matters for neighbours and lists) and the settings that shape pages but live outside
 * the code, such as environment-dependent site options and visibility flags.
 */
export function publicationCacheKey(entries: Iterable<KeyedEntry>, settings: Record<string, unknown>): string {
  const hash = createHash('sha256');
  hash.update(`sitrep-publication:${KEY_VERSION}\0`);
  hash.update(canonicalJson(settings));
  for (const entry of entries) {
    const content = entry.digest !== undefined ? `digest:${entry.digest}` : `data:${canonicalJson(entry.data ?? null)}\0${entry.body ?? ''}`;
    hash.update(`\0${entry.collection}/${entry.id}\0${content}`);
  }
  return hash.digest('hex');
}
