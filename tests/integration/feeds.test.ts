/**
 * Builds the fixture publication twice (the second time with bravo's `updated` moved) and reads
 * the feeds, sitemap, robots.txt and JSON-LD the way their consumers do: RSS and Atom through a
 * maintained feed parser, JSON Feed against the 1.1 spec, JSON-LD as JSON.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { parseFeed } from '@rowanmanning/feed-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildSite, copyContent, type BuildResult } from '../helpers/build.ts';
import { jsonFeedSchema } from '../helpers/json-feed-schema.ts';
import { sampleOptions as siteConfig } from '../helpers/sample-options.ts';

const FIXTURE = 'tests/fixtures/sites/basic/content';
const ENV = { SITREP_NOW: '2026-01-01T00:00:00Z' };
const SITE = siteConfig.url;
const url = (p: string) => new URL(p, SITE).href;

/** The visible fixture briefings, newest first by `published`. */
const PUBLISHED = ['charlie', 'bravo', 'alpha'];
const EXPECTED_COUNT = siteConfig.feedItems || PUBLISHED.length;
const EXPECTED_IDS = PUBLISHED.slice(0, EXPECTED_COUNT).map((slug) => url(`/briefings/${slug}/`));

/** A sentence of bravo's MDX body, and its key judgements as the page prints them. */
const BRAVO_BODY = 'The group struck Bamako and Gao on one day.';
const BRAVO_JUDGEMENTS = [
  'Red Group will attack another provincial capital within six months.',
  'A negotiated settlement within the year is not in prospect.',
];

let first: BuildResult;
let edited: BuildResult;

const read = (build: BuildResult, file: string) => readFileSync(path.join(build.outDir, file), 'utf8');
const html = (build: BuildResult, route: string) => parse(read(build, path.join(route, 'index.html')));

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith(ext))
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)));
}

/** Every URL-bearing attribute in a piece of HTML. */
function urls(content: string): string[] {
  const doc = parse(content);
  return [
    ...doc.querySelectorAll('[href]').map((el) => el.getAttribute('href')!),
    ...doc.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
    ...doc.querySelectorAll('[srcset]').flatMap((el) => el.getAttribute('srcset')!.split(',').map((c) => c.trim().split(/\s+/)[0]!)),
  ];
}

/** Checks a feed item's HTML is feed-reader safe. */
function expectReaderSafe(content: string, where: string) {
  const all = urls(content);
  expect(all.length, where).toBeGreaterThan(0);
  for (const value of all) expect(value, `${where}: ${value}`).toMatch(/^https?:\/\//);
  const doc = parse(content);
  expect(doc.querySelectorAll('script, style, svg, iframe').length, where).toBe(0);
  expect(doc.querySelectorAll('[style], [class], [onclick]').length, where).toBe(0);
}

beforeAll(async () => {
  first = await buildSite({ content: FIXTURE, env: ENV });
  expect(first.code, first.output).toBe(0);
  // The same publication after a revision of bravo: only its `updated` date moves.
  const content = copyContent(FIXTURE);
  const bravo = path.join(content, 'briefings/bravo.mdx');
  const source = readFileSync(bravo, 'utf8');
  expect(source).toContain('updated: 2024-02-12');
  writeFileSync(bravo, source.replace('updated: 2024-02-12', 'updated: 2024-05-20'));
  // Cards are content-addressed: reuse the first build's card cache (tests/helpers/build.ts puts
  // it in <scratch>/.cache/sitrep) so the second build renders only what changed.
  const cards = path.join(path.dirname(first.outDir), '.cache', 'sitrep');
  edited = await buildSite({ content, env: { ...ENV, SITREP_CACHE_DIR: cards } });
  expect(edited.code, edited.output).toBe(0);
});

describe('the site feeds', () => {
  it('RSS 2.0 parses, newest first by published, drafts and scheduled left out', () => {
    const feed = parseFeed(read(first, 'rss.xml'));
    expect(feed.meta).toEqual({ type: 'rss', version: '2.0' });
    expect(feed.title).toBe(siteConfig.name);
    expect(feed.self).toBe(url('/rss.xml'));
    expect(feed.items.map((i) => i.id)).toEqual(EXPECTED_IDS);
    expect(feed.items.map((i) => i.url)).toEqual(EXPECTED_IDS);
    const dates = feed.items.map((i) => i.published!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(feed.items.map((i) => i.title)).not.toContain(expect.stringMatching(/delta|echo/i));
  });

  it('Atom parses with the same entries, published and updated apart', () => {
    const feed = parseFeed(read(first, 'atom.xml'));
    expect(feed.meta.type).toBe('atom');
    expect(feed.self).toBe(url('/atom.xml'));
    expect(feed.items.map((i) => i.id)).toEqual(EXPECTED_IDS);
    const bravo = feed.items.find((i) => i.id === url('/briefings/bravo/'))!;
    expect(bravo.published?.toISOString()).toBe('2024-02-10T00:00:00.000Z');
    expect(bravo.updated?.toISOString()).toBe('2024-02-12T00:00:00.000Z');
    // The feed is dated by its latest change, not by the build clock.
    expect(feed.updated?.toISOString()).toBe('2024-03-10T00:00:00.000Z');
  });

  it('JSON Feed is valid JSON Feed 1.1 with the same items', () => {
    const json = JSON.parse(read(first, 'feed.json'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(jsonFeedSchema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.feed_url).toBe(url('/feed.json'));
    expect(json.home_page_url).toBe(url('/'));
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(EXPECTED_IDS);
    const bravo = json.items.find((i: { id: string }) => i.id === url('/briefings/bravo/'));
    expect(bravo).toMatchObject({ date_published: '2024-02-10T00:00:00.000Z', date_modified: '2024-02-12T00:00:00.000Z' });
    expect(json.items.find((i: { id: string }) => i.id === url('/briefings/alpha/'))).not.toHaveProperty('date_modified');
  });

  it('carries the whole briefing: overview, key intel, narrative, judgements with band and confidence, sources, corrections', () => {
    const rss = parseFeed(read(first, 'rss.xml')).items.find((i) => i.id === url('/briefings/bravo/'))!;
    const atom = parseFeed(read(first, 'atom.xml')).items.find((i) => i.id === url('/briefings/bravo/'))!;
    const json = JSON.parse(read(first, 'feed.json')).items.find((i: { id: string }) => i.id === url('/briefings/bravo/'));
    for (const [format, content] of [['rss', rss.content!], ['atom', atom.content!], ['json', json.content_html as string]] as const) {
      const text = parse(content).text.replace(/\s+/g, ' ');
      expect(text, format).toContain('Red Group struck two towns at once');
      expect(text, format).toContain('Red Group attacked Bamako and Gao on the same day.');
      expect(text, format).toContain(BRAVO_BODY);
      for (const judgement of BRAVO_JUDGEMENTS) expect(text, format).toContain(judgement);
      expect(text, format).toContain('Likelihood: very likely (80–95 %) · Confidence: moderate');
      expect(text, format).toContain('Likelihood: very unlikely (5–20 %) · Confidence: low');
      expect(text, format).toContain('Example Monitor');
      expect(text, format).toContain('An earlier version gave the wrong date for the Gao raid.');
    }
    expect(rss.description).toBe('Bravo overview: Red Group struck two towns at once, which shows it can run parallel operations.');
  });

  it('attaches the social card of each briefing, a file the build wrote', () => {
    const card = url('/cards/briefings/bravo.png');
    expect(existsSync(path.join(first.outDir, 'cards/briefings/bravo.png'))).toBe(true);
    const rss = parseFeed(read(first, 'rss.xml')).items.find((i) => i.id === url('/briefings/bravo/'))!;
    expect(rss.media).toEqual([expect.objectContaining({ url: card, mimeType: 'image/png' })]);
    const atom = parseFeed(read(first, 'atom.xml')).items.find((i) => i.id === url('/briefings/bravo/'))!;
    expect(atom.media).toEqual([expect.objectContaining({ url: card, mimeType: 'image/png' })]);
    const json = JSON.parse(read(first, 'feed.json')).items.find((i: { id: string }) => i.id === url('/briefings/bravo/'));
    expect(json.image).toBe(card);
  });

  it('links citations to the sources on the page, with absolute URLs only', () => {
    const json = JSON.parse(read(first, 'feed.json'));
    for (const item of json.items) expectReaderSafe(item.content_html, item.id);
    const bravo = json.items.find((i: { id: string }) => i.id === url('/briefings/bravo/'));
    expect(urls(bravo.content_html)).toContain(url('/briefings/bravo/#source-src-a'));
    expect(urls(bravo.content_html)).toContain('https://example.org/a');
  });

  it('keeps ids and order when a briefing is revised; only the modification date moves', () => {
    const before = parseFeed(read(first, 'rss.xml'));
    const after = parseFeed(read(edited, 'rss.xml'));
    expect(after.items.map((i) => i.id)).toEqual(before.items.map((i) => i.id));
    expect(after.items.map((i) => i.published?.toISOString())).toEqual(before.items.map((i) => i.published?.toISOString()));

    const atom = parseFeed(read(edited, 'atom.xml'));
    expect(atom.items.map((i) => i.id)).toEqual(EXPECTED_IDS);
    const bravo = atom.items.find((i) => i.id === url('/briefings/bravo/'))!;
    expect(bravo.published?.toISOString()).toBe('2024-02-10T00:00:00.000Z');
    expect(bravo.updated?.toISOString()).toBe('2024-05-20T00:00:00.000Z');

    const json = JSON.parse(read(edited, 'feed.json'));
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(EXPECTED_IDS);
    expect(json.items.find((i: { id: string }) => i.id === url('/briefings/bravo/')).date_modified).toBe('2024-05-20T00:00:00.000Z');
  });
});

describe('the taxonomy feeds', () => {
  const terms = [
    { page: 'regions/testland', items: ['bravo', 'alpha'] },
    { page: 'regions/farland', items: ['charlie'] },
    { page: 'actors/red-group', items: ['charlie', 'bravo', 'alpha'] },
    { page: 'countries/ml', items: ['charlie', 'bravo', 'alpha'] },
    { page: 'countries/bf', items: ['bravo'] },
    { page: 'tags/fixture', items: ['charlie', 'bravo', 'alpha'] },
    { page: 'tags/insurgency', items: ['bravo'] },
  ];

  it('exist for every term page and list its briefings newest first, in full', () => {
    for (const term of terms) {
      const feed = parseFeed(read(first, `${term.page}/rss.xml`));
      expect(feed.meta.type, term.page).toBe('rss');
      expect(feed.self, term.page).toBe(url(`/${term.page}/rss.xml`));
      expect(feed.url, term.page).toBe(url(`/${term.page}/`));
      expect(feed.items.map((i) => i.id), term.page).toEqual(term.items.slice(0, EXPECTED_COUNT).map((slug) => url(`/briefings/${slug}/`)));
      for (const item of feed.items) expectReaderSafe(item.content!, `${term.page} ${item.id}`);
    }
    // No feed for a term only a draft or a scheduled briefing uses.
    const built = files(first.outDir, 'rss.xml').filter((f) => f !== 'rss.xml').map((f) => path.dirname(f)).sort();
    expect(built).toEqual(terms.map((t) => t.page).sort());
  });

  it('are linked from their pages, visibly and as <link rel="alternate">', () => {
    for (const term of terms) {
      const doc = html(first, term.page);
      const href = `/${term.page}/rss.xml`;
      expect(doc.querySelector(`head link[rel="alternate"][type="application/rss+xml"][href="${href}"]`), term.page).not.toBeNull();
      expect(doc.querySelector(`main a[href="${href}"]`), term.page).not.toBeNull();
    }
  });
});

describe('feed discovery', () => {
  it('advertises the three site feeds on every page and lists them in the footer', () => {
    const pages = files(first.outDir, '.html');
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const doc = parse(read(first, file));
      const alternates = doc.querySelectorAll('head link[rel="alternate"]').map((l) => [l.getAttribute('type'), l.getAttribute('href')]);
      expect(alternates, file).toEqual(expect.arrayContaining([
        ['application/rss+xml', '/rss.xml'],
        ['application/atom+xml', '/atom.xml'],
        ['application/feed+json', '/feed.json'],
      ]));
      const subscribe = doc.querySelector('footer .subscribe');
      expect(subscribe?.querySelectorAll('a').map((a) => a.getAttribute('href')), file).toEqual(['/rss.xml', '/atom.xml', '/feed.json']);
    }
  });
});

describe('sitemap and robots.txt', () => {
  function sitemapEntries(build: BuildResult): { loc: string; lastmod?: string }[] {
    const index = parse(read(build, 'sitemap-index.xml'));
    return index.querySelectorAll('sitemap loc').flatMap((loc) => {
      const file = new URL(loc.text).pathname.slice(1);
      return parse(read(build, file)).querySelectorAll('url').map((entry: HTMLElement) => ({
        loc: entry.querySelector('loc')!.text,
        lastmod: entry.querySelector('lastmod')?.text,
      }));
    });
  }

  it('lists exactly the published pages: no draft, no scheduled briefing, no 404', () => {
    const listed = sitemapEntries(first).map((e) => e.loc).sort();
    const pages = files(first.outDir, 'index.html').map((f) => url(`/${path.dirname(f) === '.' ? '' : `${path.dirname(f)}/`}`)).sort();
    expect(listed).toEqual(pages);
    expect(listed).not.toContain(url('/404/'));
    expect(listed.filter((u) => /delta|echo|404/.test(u))).toEqual([]);
    for (const slug of PUBLISHED) expect(listed).toContain(url(`/briefings/${slug}/`));
  });

  it('dates briefings by updated ?? published', () => {
    const lastmod = (slug: string, build = first) => sitemapEntries(build).find((e) => e.loc === url(`/briefings/${slug}/`))?.lastmod;
    expect(lastmod('alpha')).toBe('2024-01-10T00:00:00.000Z');
    expect(lastmod('bravo')).toBe('2024-02-12T00:00:00.000Z');
    expect(lastmod('bravo', edited)).toBe('2024-05-20T00:00:00.000Z');
  });

  it('robots.txt points to the absolute sitemap index', () => {
    const robots = read(first, 'robots.txt');
    expect(robots).toContain(`Sitemap: ${url('/sitemap-index.xml')}`);
    expect(existsSync(path.join(first.outDir, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('JSON-LD', () => {
  function jsonLd(route: string) {
    const scripts = html(first, route).querySelectorAll('head script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    return JSON.parse(scripts[0]!.rawText);
  }

  const articleSchema = {
    type: 'object',
    required: ['@context', '@type', 'headline', 'description', 'datePublished', 'dateModified', 'author', 'publisher', 'about', 'spatialCoverage', 'citation', 'isAccessibleForFree', 'url'],
    properties: {
      '@context': { const: 'https://schema.org' },
      '@type': { const: 'AnalysisNewsArticle' },
      headline: { type: 'string', minLength: 1 },
      description: { type: 'string', minLength: 1 },
      url: { type: 'string', format: 'uri' },
      datePublished: { type: 'string', format: 'date-time' },
      dateModified: { type: 'string', format: 'date-time' },
      image: { type: 'array', items: { type: 'string', format: 'uri' } },
      author: { type: 'array', minItems: 1, items: { type: 'object', required: ['@type', 'name'], properties: { '@type': { enum: ['Person', 'Organization'] } } } },
      publisher: { type: 'object', required: ['@type', 'name', 'url'], properties: { '@type': { const: 'Organization' }, url: { type: 'string', format: 'uri' } } },
      about: { type: 'array', items: { type: 'object', required: ['@type', 'name'] } },
      spatialCoverage: { type: 'array', items: { type: 'object', required: ['@type', 'name'], properties: { '@type': { enum: ['Place', 'Country'] } } } },
      citation: { type: 'array', items: { type: 'object', required: ['@type', 'url', 'name', 'publisher'], properties: { '@type': { const: 'CreativeWork' }, url: { type: 'string', format: 'uri' } } } },
      isAccessibleForFree: { const: true },
    },
  };

  it('describes each briefing as an AnalysisNewsArticle', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(articleSchema);
    for (const slug of PUBLISHED) {
      const node = jsonLd(`briefings/${slug}`);
      expect(validate(node), `${slug}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const bravo = jsonLd('briefings/bravo');
    expect(bravo).toMatchObject({
      headline: 'Bravo briefing: the full house structure',
      datePublished: '2024-02-10T00:00:00.000Z',
      dateModified: '2024-02-12T00:00:00.000Z',
      publisher: { name: siteConfig.name, url: SITE },
      author: [{ name: 'Fixture Desk', url: url('/authors/desk/') }],
      about: [{ '@type': 'Organization', name: 'Red Group' }],
      image: [url('/cards/briefings/bravo.png')],
    });
    expect(bravo.citation.map((c: { url: string }) => c.url)).toEqual(['https://example.org/a', 'https://example.org/b', 'https://example.org/c']);
    expect(bravo.spatialCoverage).toEqual(expect.arrayContaining([
      expect.objectContaining({ '@type': 'Country', name: 'Mali' }),
      expect.objectContaining({ '@type': 'Place', name: 'Bamako', geo: { '@type': 'GeoCoordinates', latitude: 12.64, longitude: -8 } }),
    ]));
  });

  it('describes the home page as a WebSite', () => {
    expect(jsonLd('.')).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebSite', name: siteConfig.name, url: SITE });
  });
});
