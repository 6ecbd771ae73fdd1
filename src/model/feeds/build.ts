/** Assembles a `Feed` from items: the item limit and the feed's date, in one place. */
import { isVisible, type Dated } from '../briefings.ts';
import { lastModified, type Feed, type FeedItem } from './model.ts';

/** What a feed needs besides its items and its date. */
export type FeedMeta = Omit<Feed, 'items' | 'updated'>;

/**
 * The entries a feed may carry: production rules on this build's clock, whatever the build.
 * A `--drafts` preview or `astro dev` shows drafts and scheduled briefings on pages, but a feed
 * is read by subscribers' readers, which keep what they fetch: drafts never reach one.
 */
export function feedEntries<T extends Dated>(ordered: readonly T[], now: Date): T[] {
  return ordered.filter((entry) => isVisible(entry, { now, drafts: false, scheduled: false }));
}

/**
 * The first `limit` entries of a list already in publication order (newest first, as
 * `selectBriefings` returns it); 0 keeps them all. Feeds take the publication's order rather
 * than sorting again, so a feed can never disagree with the home page or the archive.
 */
export function limitItems<T>(ordered: readonly T[], limit: number): T[] {
  return limit > 0 ? ordered.slice(0, limit) : [...ordered];
}

export interface CreateFeedOptions {
  /** The feed's date when it has no items (Atom requires one); ignored otherwise. */
  emptyUpdated: Date;
}

/** A feed of `items` (in publication order), dated by the latest change among them. */
export function createFeed(meta: FeedMeta, items: readonly FeedItem[], options: CreateFeedOptions): Feed {
  const updated = items.length
    ? new Date(Math.max(...items.map((item) => lastModified(item).getTime())))
    : options.emptyUpdated;
  return { ...meta, updated, items: [...items] };
}
