/**
 * Atom (RFC 4287). Entry `<id>` is the permanent id and `<published>` the publication date; an
 * update changes `<updated>` only. The card image is a `rel="enclosure"` link.
 */
import { attributes, element, emptyElement } from './xml.ts';
import { lastModified, type Feed, type FeedItem, type FeedPerson } from './model.ts';

/** RFC 3339 timestamp in UTC (`2024-02-10T00:00:00.000Z`), as Atom and JSON Feed require. */
export function rfc3339(date: Date): string {
  return date.toISOString();
}

function person(tag: string, who: FeedPerson): string {
  return `<${tag}>${element('name', who.name)}${element('uri', who.url)}</${tag}>`;
}

function entry(item: FeedItem): string {
  const lines = [
    element('id', item.id),
    element('title', item.title, { type: 'text' }),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: item.url }),
    element('published', rfc3339(item.published)),
    element('updated', rfc3339(lastModified(item))),
    ...item.authors.map((author) => person('author', author)),
    ...item.categories.map((category) => emptyElement('category', { term: category })),
    element('summary', item.summary, { type: 'text' }),
    element('content', item.contentHtml, { type: 'html' }),
    item.image && emptyElement('link', { rel: 'enclosure', type: item.image.type, href: item.image.url, title: item.image.alt }),
  ];
  return `  <entry>\n${lines.filter(Boolean).map((line) => `    ${line}`).join('\n')}\n  </entry>`;
}

/** The feed as an Atom document. */
export function toAtom(feed: Feed): string {
  const head = [
    element('id', feed.id),
    element('title', feed.title, { type: 'text' }),
    element('subtitle', feed.description, { type: 'text' }),
    element('updated', rfc3339(feed.updated)),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: feed.homePageUrl }),
    feed.links.atom && emptyElement('link', { rel: 'self', type: 'application/atom+xml', href: feed.links.atom }),
    // The feed-level author covers every entry, as RFC 4287 §4.1.1 requires when an entry has none.
    person('author', feed.author),
    element('generator', feed.generator),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed${attributes({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': feed.language })}>`,
    ...head.filter(Boolean).map((line) => `  ${line}`),
    ...feed.items.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
