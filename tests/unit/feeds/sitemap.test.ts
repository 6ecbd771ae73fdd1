import { describe, expect, it } from 'vitest';
import { createSitemapOptions, lastModifiedByPath, readFrontmatter, sitemapBriefing, type SitemapBriefing, type SitemapEntry } from '../../../src/integration/sitemap.ts';

const site = 'https://briefings.example.org';

function briefing(id: string, published: string, extra: Partial<SitemapBriefing['data']> = {}): SitemapBriefing {
  return { id, data: { published: new Date(published), draft: false, authors: ['desk'], regions: ['sahel'], countries: ['ML'], actors: [], tags: [], ...extra } };
}

const briefings = [
  briefing('alpha', '2024-01-10T00:00:00Z'),
  briefing('bravo', '2024-02-10T00:00:00Z', { updated: new Date('2024-02-12T00:00:00Z'), tags: ['insurgency'] }),
  briefing('draft', '2024-02-20T00:00:00Z', { draft: true }),
  briefing('scheduled', '2099-01-01T00:00:00Z'),
];

const options = createSitemapOptions({ briefings, visibility: { now: new Date('2024-06-01T00:00:00Z'), drafts: true, scheduled: true } });

describe('sitemap frontmatter', () => {
  it('reads the fields the sitemap needs from an MDX file', () => {
    const text = '---\ntitle: X\npublished: 2024-02-10\nupdated: "2024-02-12"\ndraft: true\ncountries: [ML, BF]\n---\n\nBody';
    expect(readFrontmatter(text)).toMatchObject({ title: 'X', draft: true });
    expect(sitemapBriefing('content/briefings/2024/bravo.mdx', text)).toEqual({
      id: 'bravo',
      data: {
        published: new Date('2024-02-10T00:00:00Z'), updated: new Date('2024-02-12T00:00:00Z'), draft: true,
        authors: [], regions: [], countries: ['ML', 'BF'], actors: [], tags: [],
      },
    });
  });

  it('skips files without frontmatter, a valid date or a valid slug', () => {
    expect(sitemapBriefing('a.mdx', 'no frontmatter')).toBeUndefined();
    expect(sitemapBriefing('a.mdx', '---\npublished: soon\n---\n')).toBeUndefined();
    expect(sitemapBriefing('Bad Name.mdx', '---\npublished: 2024-01-01\n---\n')).toBeUndefined();
    expect(sitemapBriefing('a.mdx', '---\n: [\n---\n')).toBeUndefined();
  });
});

describe('createSitemapOptions', () => {
  it('keeps pages and published briefings, even in a preview build', () => {
    const kept = ['/', '/briefings/', '/briefings/alpha/', '/briefings/bravo/', '/regions/sahel/', '/about/'];
    const dropped = ['/briefings/draft/', '/briefings/scheduled/', '/rss.xml', '/feed.json', '/regions/sahel/rss.xml', '/robots.txt'];
    for (const p of kept) expect(options.filter(`${site}${p}`), p).toBe(true);
    for (const p of dropped) expect(options.filter(`${site}${p}`), p).toBe(false);
  });

  it('dates a briefing by updated ?? published, and listings by their latest briefing', () => {
    const lastmod = (p: string) => options.serialize<SitemapEntry>({ url: `${site}${p}` }).lastmod;
    expect(lastmod('/briefings/alpha/')).toBe('2024-01-10T00:00:00.000Z');
    expect(lastmod('/briefings/bravo/')).toBe('2024-02-12T00:00:00.000Z');
    expect(lastmod('/')).toBe('2024-02-12T00:00:00.000Z');
    expect(lastmod('/tags/insurgency/')).toBe('2024-02-12T00:00:00.000Z');
    expect(lastmod('/countries/ml/')).toBe('2024-02-12T00:00:00.000Z');
    expect(lastmod('/about/')).toBeUndefined();
  });

  it('reads briefings given as a function once, when the sitemap first asks (after the build loaded them)', () => {
    let calls = 0;
    const lazy = createSitemapOptions({ briefings: () => (calls++, briefings), visibility: { now: new Date('2024-06-01T00:00:00Z'), drafts: false, scheduled: false } });
    expect(calls).toBe(0);
    expect(lazy.filter(`${site}/briefings/alpha/`)).toBe(true);
    expect(lazy.filter(`${site}/briefings/draft/`)).toBe(false);
    expect(lazy.serialize<SitemapEntry>({ url: `${site}/briefings/bravo/` }).lastmod).toBe('2024-02-12T00:00:00.000Z');
    expect(calls).toBe(1);
  });

  it('ignores unpublished briefings when dating listings', () => {
    const dates = lastModifiedByPath(briefings.slice(0, 2));
    expect(dates.get('/regions/sahel/')?.toISOString()).toBe('2024-02-12T00:00:00.000Z');
    expect(dates.has('/briefings/draft/')).toBe(false);
  });
});
