/**
 * The taxonomies table is the one place a taxonomy is declared: adding an entry gives it terms,
 * pages, feeds and sitemap entries. Shown with a fixture configuration that adds a "series"
 * taxonomy to Sitrep's four.
 */
import { describe, expect, it } from 'vitest';
import { briefingTerms, buildPublication } from '../../../src/model/publication.ts';
import { sitemapPages } from '../../../src/model/sitemap.ts';
import { TAXONOMIES, byFacet, taxonomyPath, termFeedPath, termPath, type Taxonomy } from '../../../src/model/taxonomies.ts';
import { buildCardJobs } from '../../../src/cards/data.ts';
import { cardPathForPage } from '../../../src/model/card-paths.ts';

const visibility = { now: new Date('2025-01-01T00:00:00Z'), drafts: false, scheduled: false };

function briefing(id: string, published: string, data: Record<string, unknown> = {}) {
  return { id, data: { title: id, overview: `Briefing ${id}.`, historicalContext: [], published: new Date(published), draft: false, authors: ['desk'], regions: ['sahel'], countries: ['ML'], actors: [], tags: [], ...data } };
}

const briefings = [
  briefing('one', '2024-01-01T00:00:00Z', { series: ['africa-file'] }),
  briefing('two', '2024-02-01T00:00:00Z', { series: ['africa-file'], countries: ['BF'] }),
  briefing('three', '2024-03-01T00:00:00Z'),
];
const collections = {
  briefings,
  authors: [{ id: 'desk', data: {} }],
  regions: [{ id: 'sahel', data: { name: 'Sahel' } }],
  actors: [],
  series: [{ id: 'africa-file', data: { name: 'Africa File', description: 'A weekly roundup.' } }],
};

const series: Taxonomy = { kind: 'series', field: 'series', segment: 'series', label: 'Series', plural: 'Series', facet: 5, description: 'Briefings by series.', collection: 'series' };

describe('the taxonomies table', () => {
  it("builds Sitrep's four taxonomies, with names from their collections and country names from ISO codes", () => {
    const { terms } = buildPublication(collections, visibility);
    expect(Object.keys(terms)).toEqual(['region', 'actor', 'country', 'tag']);
    expect(terms.region).toMatchObject([{ id: 'sahel', name: 'Sahel', href: '/regions/sahel/' }]);
    expect(terms.country.map((t) => [t.id, t.name, t.href])).toEqual([['BF', 'Burkina Faso', '/countries/bf/'], ['ML', 'Mali', '/countries/ml/']]);
    expect(terms.country.find((t) => t.id === 'ML')?.briefings.map((b) => b.id)).toEqual(['three', 'one']);
  });

  it('gives a taxonomy added to the configuration its terms, URLs, feed and sitemap entries, with one entry', () => {
    const table = [...TAXONOMIES, series];
    const publication = buildPublication(collections, visibility, table);
    const africaFile = (publication.terms as Record<string, { id: string; name: string; description?: string; href: string; briefings: { id: string }[] }[]>).series;
    expect(africaFile).toEqual([expect.objectContaining({ id: 'africa-file', name: 'Africa File', description: 'A weekly roundup.', href: '/series/africa-file/' })]);
    expect(africaFile![0]!.briefings.map((b) => b.id)).toEqual(['two', 'one']);
    expect(termPath(series, 'africa-file')).toBe('/series/africa-file/');
    expect(termFeedPath(series, 'africa-file')).toBe('/series/africa-file/rss.xml');
    const paths = sitemapPages(publication.briefings, ['desk'], table).map((p) => p.path);
    expect(paths).toContain('/series/');
    expect(paths).toContain('/series/africa-file/');
    expect(sitemapPages(publication.briefings, ['desk']).map((p) => p.path)).not.toContain('/series/');
  });
});

describe("a briefing's terms", () => {
  it('are named and linked as their term pages are, in frontmatter order, for every taxonomy of the table', () => {
    const table = [...TAXONOMIES, series];
    const publication = buildPublication(collections, visibility, table);
    const two = publication.briefings.find((b) => b.id === 'two')!;
    expect(briefingTerms(two, publication.terms, table)).toEqual({
      region: [{ href: '/regions/sahel/', name: 'Sahel' }],
      actor: [],
      country: [{ href: '/countries/bf/', name: 'Burkina Faso' }],
      tag: [],
      series: [{ href: '/series/africa-file/', name: 'Africa File' }],
    });
  });

  it('put the search filters and header rows in the order readers narrow by', () => {
    expect(byFacet(TAXONOMIES).map((t) => t.kind)).toEqual(['region', 'country', 'actor', 'tag']);
  });
});

describe('social cards of an added taxonomy', () => {
  it('come from the same table entry: an index card and one card per term, where the term pages are', () => {
    const table = [...TAXONOMIES, series];
    const publication = buildPublication(collections, visibility, table);
    const authors = new Map([['desk', { id: 'desk', data: { name: 'Desk' } }]]);
    const jobs = buildCardJobs({ ...publication, authors } as never, { name: 'Briefings', description: 'About things.', url: 'https://example.org/' }, {}, table);
    const series_ = jobs.filter((job) => job.path.startsWith('/cards/series'));
    expect(series_.map((job) => [job.path, job.data.kicker, job.data.title, job.data.label])).toEqual([
      ['/cards/series.png', 'Index', 'Series', '1 series'],
      ['/cards/series/africa-file.png', 'Series', 'Africa File', '2 briefings'],
    ]);
    expect(series_.map((job) => job.path)).toEqual([cardPathForPage(taxonomyPath(series)), cardPathForPage(termPath(series, 'africa-file'))]);
  });
});
