/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
import { rfc3339 } from './atom.ts';
import type { Feed, FeedItem, FeedPerson } from './model.ts';

/** The version URL every JSON Feed 1.1 document starts with. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** A JSON Feed author object. */
export interface JsonFeedAuthor {
  name: string;
  url?: string;
}

/** A JSON Feed item, as far as Sitrep writes one. */
export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary: string;
  image?: string;
  date_published: string;
  date_modified?: string;
  authors: JsonFeedAuthor[];
  tags?: string[];
}

/** A JSON Feed document, as far as Sitrep writes one. */
export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url: string;
  feed_url?: string;
  description: string;
  language: string;
  authors: JsonFeedAuthor[];
  items: JsonFeedItem[];
}

function author(who: FeedPerson): JsonFeedAuthor {
  return who.url ? { name: who.name, url: who.url } : { name: who.name };
}

function item(entry: FeedItem): JsonFeedItem {
  return {
    id: entry.id,
    url: entry.url,
    title: entry.title,
    content_html: entry.contentHtml,
    summary: entry.summary,
    ...(entry.image ? { image: entry.image.url } : {}),
    date_published: rfc3339(entry.published),
    ...(entry.updated ? { date_modified: rfc3339(entry.updated) } : {}),
    authors: entry.authors.map(author),
    ...(entry.categories.length ? { tags: entry.categories } : {}),
  };
}

/** The feed as a JSON Feed 1.1 object. */
export function toJsonFeed(feed: Feed): JsonFeed {
  return {
    version: JSON_FEED_VERSION,
    title: feed.title,
    home_page_url: feed.homePageUrl,
    ...(feed.links.json ? { feed_url: feed.links.json } : {}),
    description: feed.description,
    language: feed.language,
    authors: [author(feed.author)],
    items: feed.items.map(item),
  };
}

/** The feed as JSON Feed text (two-space indented, trailing newline). */
export function toJsonFeedString(feed: Feed): string {
  return `${JSON.stringify(toJsonFeed(feed), null, 2)}\n`;
}
