import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sitemapChunks, sitemapIndexXml, sitemapPages, sitemapXml, type SitemapBriefing } from '../../../src/model/sitemap.ts';

const site = 'https://briefings.example.org/';

function briefing(id: string, published: string, extra: Record<string, unknown> = {}): SitemapBriefing {
  const data = { published: new Date(published), authors: ['desk'], regions: ['sahel'], countries: ['ML'], actors: [], tags: [], ...extra };
  return { id, data };
}

const published = [
  briefing('alpha', '2024-01-10T00:00:00Z'),
  briefing('bravo', '2024-02-10T00:00:00Z', { updated: new Date('2024-02-12T00:00:00Z'), tags: ['insurgency'] }),
];
const pages = sitemapPages(published, ['desk', 'guest']);
const lastmod = (p: string) => pages.find((page) => page.path === p)?.lastmod?.toISOString();

describe('sitemap pages', () => {
  it('lists every page of the publication, sorted, and only those', () => {
    expect(pages.map((p) => p.path)).toEqual([
      '/', '/about/', '/actors/', '/authors/desk/', '/authors/guest/', '/briefings/', '/briefings/alpha/', '/briefings/bravo/',
      '/countries/', '/countries/ml/', '/regions/', '/regions/sahel/', '/search/', '/tags/', '/tags/insurgency/',
    ]);
  });

  it('dates a briefing by updated ?? published, and listings by their latest briefing', () => {
    expect(lastmod('/briefings/alpha/')).toBe('2024-01-10T00:00:00.000Z');
    expect(lastmod('/briefings/bravo/')).toBe('2024-02-12T00:00:00.000Z');
    expect(lastmod('/')).toBe('2024-02-12T00:00:00.000Z');
    expect(lastmod('/tags/insurgency/')).toBe('2024-02-12T00:00:00.000Z');
    expect(lastmod('/countries/ml/')).toBe('2024-02-12T00:00:00.000Z');
    expect(lastmod('/authors/desk/')).toBe('2024-02-12T00:00:00.000Z');
    // Pages without dated content, and indexes with no terms yet, carry no date.
    expect(lastmod('/about/')).toBeUndefined();
    expect(lastmod('/authors/guest/')).toBeUndefined();
    expect(lastmod('/actors/')).toBeUndefined();
  });

  it('splits into files of at most the limit, and the index names each with its latest date', () => {
    const chunks = sitemapChunks(pages, 10);
    expect(chunks.map((c) => c.length)).toEqual([10, 5]);
    const parser = new XMLParser();
    const index = parser.parse(sitemapIndexXml(chunks, site)).sitemapindex.sitemap;
    expect(index).toEqual([
      { loc: 'https://briefings.example.org/sitemap-0.xml', lastmod: '2024-02-12T00:00:00.000Z' },
      { loc: 'https://briefings.example.org/sitemap-1.xml', lastmod: '2024-02-12T00:00:00.000Z' },
    ]);
    const urls = parser.parse(sitemapXml(chunks[1]!, site)).urlset.url;
    expect(urls[0]).toEqual({ loc: 'https://briefings.example.org/regions/', lastmod: '2024-02-12T00:00:00.000Z' });
    expect(urls).toHaveLength(5);
  });

  it('writes an empty but valid sitemap for a publication with nothing published yet', () => {
    const none = sitemapChunks(sitemapPages([], []));
    expect(none).toHaveLength(1);
    expect(new XMLParser().parse(sitemapIndexXml(none, site)).sitemapindex.sitemap.loc).toBe('https://briefings.example.org/sitemap-0.xml');
  });
});
