import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { toRss, rfc822 } from '../../../src/model/feeds/rss.ts';
import { toAtom } from '../../../src/model/feeds/atom.ts';
import { JSON_FEED_VERSION, toJsonFeed, toJsonFeedString } from '../../../src/model/feeds/json-feed.ts';
import { createFeed, feedEntries, limitItems } from '../../../src/model/feeds/build.ts';
import { escapeXml } from '../../../src/model/feeds/xml.ts';
import type { Feed, FeedItem } from '../../../src/model/feeds/model.ts';
import { jsonFeedSchema } from '../../helpers/json-feed-schema.ts';

const site = 'https://briefings.example.org/';
const tricky = 'Q&A: <JNIM> "strikes" ]]> again\u0007';

function item(slug: string, published: string, extra: Partial<FeedItem> = {}): FeedItem {
  const url = `${site}briefings/${slug}/`;
  return {
    id: url,
    url,
    title: `Briefing ${slug}`,
    summary: `Summary of ${slug}.`,
    contentHtml: `<p>Body of ${slug} with <a href="${url}#source-a">a citation</a>.</p>`,
    published: new Date(published),
    authors: [{ name: 'Editorial Desk', url: `${site}authors/editorial-desk/` }],
    categories: ['Sahel', 'Mali'],
    ...extra,
  };
}

const items = [
  item('charlie', '2024-03-10T00:00:00Z', { title: tricky, contentHtml: `<p>${escapeXml(tricky)}</p><p>]]></p>` }),
  item('bravo', '2024-02-10T00:00:00Z', {
    updated: new Date('2024-04-01T00:00:00Z'),
    image: { url: `${site}cards/briefings/bravo.png`, type: 'image/png', width: 1200, height: 630, alt: 'Card' },
  }),
  item('alpha', '2024-01-10T00:00:00Z'),
];

const feed: Feed = createFeed({
  id: site,
  title: 'Sitrep Test',
  description: 'Test feed.',
  homePageUrl: site,
  language: 'en',
  author: { name: 'Sitrep Test', url: site },
  links: { rss: `${site}rss.xml`, atom: `${site}atom.xml`, json: `${site}feed.json` },
  generator: 'Sitrep',
}, items, { emptyUpdated: new Date('2000-01-01T00:00:00Z') });

describe('createFeed and limitItems', () => {
  it('dates the feed by its latest change, updates included, not by the clock', () => {
    expect(feed.updated.toISOString()).toBe('2024-04-01T00:00:00.000Z');
  });

  it('keeps the given order and cuts to the limit; 0 keeps all', () => {
    expect(limitItems(items, 2).map((i) => i.title)).toEqual([tricky, 'Briefing bravo']);
    expect(limitItems(items, 0)).toHaveLength(3);
  });

  it('never carries drafts or scheduled briefings, even when the build shows them', () => {
    const entry = (id: string, published: string, draft = false) => ({ id, data: { published: new Date(published), draft } });
    const all = [entry('future', '2099-01-01'), entry('draft', '2024-03-01', true), entry('b', '2024-02-01'), entry('a', '2024-01-01')];
    expect(feedEntries(all, new Date('2024-06-01')).map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('uses the fallback date for an empty feed', () => {
    const empty = createFeed({ ...feed }, [], { emptyUpdated: new Date('2000-01-01T00:00:00Z') });
    expect(empty.updated.toISOString()).toBe('2000-01-01T00:00:00.000Z');
    expect(parseFeed(toAtom(empty)).items).toEqual([]);
  });
});

describe('RSS 2.0', () => {
  const xml = toRss(feed);
  const parsed = parseFeed(xml);

  it('parses as RSS 2.0 with the channel metadata', () => {
    expect(parsed.meta).toEqual({ type: 'rss', version: '2.0' });
    expect(parsed.title).toBe('Sitrep Test');
    expect(parsed.url).toBe(site);
    expect(parsed.self).toBe(`${site}rss.xml`);
    expect(parsed.language).toBe('en');
  });

  it('writes items in order with permalink guids, dates, authors, categories and full content', () => {
    expect(parsed.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(parsed.items.map((i) => i.published?.toISOString())).toEqual(items.map((i) => i.published.toISOString()));
    const [first, second] = parsed.items;
    expect(first!.title).toBe(tricky.replace('\u0007', ''));
    // The HTML's own entities are escaped once more for XML (feed-parser decodes both levels,
    // so the raw document is checked), and `]]>` needs no CDATA tricks.
    expect(xml).toContain('&lt;p&gt;Q&amp;amp;A: &amp;lt;JNIM&amp;gt; &amp;quot;strikes&amp;quot; ]]&amp;gt; again&lt;/p&gt;&lt;p&gt;]]&gt;&lt;/p&gt;');
    expect(xml).not.toContain('\u0007');
    expect(second!.content).toBe(items[1]!.contentHtml);
    expect(second!.description).toBe('Summary of bravo.');
    expect(second!.authors.map((a) => a.name)).toEqual(['Editorial Desk']);
    expect(second!.categories.map((c) => c.term)).toEqual(['Sahel', 'Mali']);
    expect(xml).toContain('<guid isPermaLink="true">https://briefings.example.org/briefings/bravo/</guid>');
  });

  it('attaches the card as media:content', () => {
    expect(parsed.items[1]!.image?.url).toBe(`${site}cards/briefings/bravo.png`);
    const media = parsed.items[1]!.media;
    expect(media).toEqual([expect.objectContaining({ url: `${site}cards/briefings/bravo.png`, mimeType: 'image/png', type: 'image' })]);
  });

  it('writes RFC 822 dates', () => {
    expect(rfc822(new Date('2024-02-10T00:00:00Z'))).toBe('Sat, 10 Feb 2024 00:00:00 GMT');
  });
});

describe('Atom', () => {
  const xml = toAtom(feed);
  const parsed = parseFeed(xml);

  it('parses as Atom with id, self link, author and updated', () => {
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.title).toBe('Sitrep Test');
    expect(parsed.self).toBe(`${site}atom.xml`);
    expect(parsed.url).toBe(site);
    expect(parsed.updated?.toISOString()).toBe('2024-04-01T00:00:00.000Z');
    expect(parsed.authors.map((a) => a.name)).toEqual(['Sitrep Test']);
  });

  it('keeps published and updated apart: an update changes <updated> only', () => {
    const bravo = parsed.items[1]!;
    expect(bravo.id).toBe(items[1]!.id);
    expect(bravo.published?.toISOString()).toBe('2024-02-10T00:00:00.000Z');
    expect(bravo.updated?.toISOString()).toBe('2024-04-01T00:00:00.000Z');
    const alpha = parsed.items[2]!;
    expect(alpha.updated?.toISOString()).toBe(alpha.published?.toISOString());
  });

  it('carries the full HTML content and the card as an enclosure link', () => {
    expect(parsed.items[1]!.content).toBe(items[1]!.contentHtml);
    expect(parsed.items[1]!.media).toEqual([expect.objectContaining({ url: `${site}cards/briefings/bravo.png`, mimeType: 'image/png' })]);
    expect(parsed.items[1]!.image?.url).toBe(`${site}cards/briefings/bravo.png`);
    expect(parsed.items[0]!.title).toBe(tricky.replace('\u0007', ''));
  });
});

describe('JSON Feed 1.1', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(jsonFeedSchema);

  it('is valid against the 1.1 spec', () => {
    const json = JSON.parse(toJsonFeedString(feed));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.version).toBe(JSON_FEED_VERSION);
  });

  it('writes the dates, image and content; date_modified only for updated items', () => {
    const json = toJsonFeed(feed);
    expect(json.feed_url).toBe(`${site}feed.json`);
    expect(json.items.map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(json.items[1]).toMatchObject({
      date_published: '2024-02-10T00:00:00.000Z',
      date_modified: '2024-04-01T00:00:00.000Z',
      image: `${site}cards/briefings/bravo.png`,
      content_html: items[1]!.contentHtml,
      summary: 'Summary of bravo.',
      tags: ['Sahel', 'Mali'],
    });
    expect(json.items[2]).not.toHaveProperty('date_modified');
  });

  it('the schema catches a feed without items content', () => {
    const broken = { version: JSON_FEED_VERSION, title: 'x', items: [{ id: '1' }] };
    expect(validate(broken)).toBe(false);
  });
});
