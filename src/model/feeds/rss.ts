/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification) with the extensions readers rely on:
 * `content:encoded` for the full text, `dc:creator` for authors (RSS `<author>` wants an email
 * address), `media:content` for the card image (an `<enclosure>` must state its byte length,
 * which a card rendered in the same build cannot know), and `atom:link rel="self"`.
 */
import { element, emptyElement } from './xml.ts';
import type { Feed, FeedItem } from './model.ts';

/** RSS dates are RFC 822; `toUTCString` writes exactly that (`Sat, 10 Feb 2024 00:00:00 GMT`). */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

function item(entry: FeedItem): string {
  const lines = [
    element('title', entry.title),
    element('link', entry.url),
    element('guid', entry.id, { isPermaLink: entry.id === entry.url ? 'true' : 'false' }),
    element('pubDate', rfc822(entry.published)),
    element('description', entry.summary),
    element('content:encoded', entry.contentHtml),
    ...entry.authors.map((author) => element('dc:creator', author.name)),
    ...entry.categories.map((category) => element('category', category)),
    entry.image && emptyElement('media:content', {
      url: entry.image.url, medium: 'image', type: entry.image.type, width: entry.image.width, height: entry.image.height,
    }),
  ];
  return `    <item>\n${lines.filter(Boolean).map((line) => `      ${line}`).join('\n')}\n    </item>`;
}

/** The feed as an RSS 2.0 document. */
export function toRss(feed: Feed): string {
  const channel = [
    element('title', feed.title),
    element('link', feed.homePageUrl),
    element('description', feed.description),
    element('language', feed.language),
    element('lastBuildDate', rfc822(feed.updated)),
    element('generator', feed.generator),
    feed.links.rss && emptyElement('atom:link', { href: feed.links.rss, rel: 'self', type: 'application/rss+xml' }),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '  <channel>',
    ...channel.filter(Boolean).map((line) => `    ${line}`),
    ...feed.items.map(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
