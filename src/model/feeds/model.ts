/**
 * The one model every feed format is written from: RSS 2.0, Atom and JSON Feed serialise the same
 * `Feed`, so the three cannot disagree on items, order, ids or dates. Everything here is plain
 * data with absolute URLs; building it from the publication happens in `src/render/feed-content.ts`.
 */

/** A person or organisation credited in a feed. */
export interface FeedPerson {
  name: string;
  /** Absolute URL of their page, when there is one. */
  url?: string | undefined;
}

/** An image attached to an item (the social card): the feed-reader's thumbnail. */
export interface FeedImage {
  /** Absolute URL. */
  url: string;
  /** MIME type, e.g. `image/png`. */
  type: string;
  width?: number | undefined;
  height?: number | undefined;
  /** Text alternative. */
  alt?: string | undefined;
}

/** One briefing as a feed item. */
export interface FeedItem {
  /**
   * Permanent id (RSS `guid`, Atom `id`, JSON Feed `id`): the briefing's absolute URL, which
   * depends on the slug only, so an edit or an `updated` date never changes it.
   */
  id: string;
  /** Absolute URL of the briefing page. */
  url: string;
  title: string;
  /** Plain-text summary (the overview, the bottom line up front). */
  summary: string;
  /** Full, feed-reader-safe HTML content with absolute URLs. */
  contentHtml: string;
  /** Orders the feed; never replaced by `updated`. */
  published: Date;
  /** Last substantive revision, if any. */
  updated?: Date | undefined;
  authors: FeedPerson[];
  /** Labels a reader can filter on (regions, countries, actors, tags). */
  categories: string[];
  image?: FeedImage | undefined;
}

/** Absolute URLs of one feed in each format; a format without a URL is not advertised. */
export interface FeedLinks {
  rss?: string | undefined;
  atom?: string | undefined;
  json?: string | undefined;
}

/** A whole feed, ready to serialise. */
export interface Feed {
  /** Stable id of the feed (Atom `<id>`): the absolute URL of the page the feed mirrors. */
  id: string;
  title: string;
  description: string;
  /** Absolute URL of the HTML page the feed mirrors (home page or term page). */
  homePageUrl: string;
  /** BCP 47 language tag. */
  language: string;
  /** Feed-level author (the publication). */
  author: FeedPerson;
  /**
   * Latest `updated ?? published` of its items: derived from content, never from the build clock,
   * so rebuilding unchanged content yields byte-identical feeds.
   */
  updated: Date;
  /** Where this feed is published in each format (each format names its own as `self`). */
  links: FeedLinks;
  /** Newest first by `published`. */
  items: FeedItem[];
  /** Name written as the generator. */
  generator: string;
}

/** `updated ?? published`: the date an item last changed. */
export function lastModified(item: Pick<FeedItem, 'published' | 'updated'>): Date {
  return item.updated ?? item.published;
}
