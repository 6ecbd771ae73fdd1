/**
 * The sitemap as data and XML: every page of the publication with the date it last changed,
 * from the publication model (the URL builder and the taxonomies table say which pages exist).
 * Only published briefings are listed, even in a `--drafts` preview build. Written as
 * `/sitemap-index.xml` and `/sitemap-<n>.xml` chunks of at most SITEMAP_LIMIT URLs, the layout
 * search engines and @astrojs/sitemap use.
 */
import { absolute, paths } from './paths.ts';
import { TAXONOMIES, taxonomyPath, termIds, termPath, type Taxonomy } from './taxonomies.ts';
import { escapeXml } from './feeds/xml.ts';

/** URLs per sitemap file: the protocol allows 50,000; stay well inside it. */
export const SITEMAP_LIMIT = 45_000;

/** What the sitemap reads of a published briefing. */
export interface SitemapBriefing {
  id: string;
  data: { published: Date; updated?: Date | undefined; authors: readonly string[] } & object;
}

/** One page: its site-relative path and when it last changed, if it shows dated content. */
export interface SitemapPage {
  path: string;
  lastmod?: Date | undefined;
}

/** `updated ?? published`: the date a briefing page last changed. */
export function briefingLastmod(briefing: SitemapBriefing): Date {
  return briefing.data.updated ?? briefing.data.published;
}

/**
 * Every page, sorted as @astrojs/sitemap sorts them: a briefing dated by its last change, and a
 * listing (home, archive, indexes, term and author pages) by the latest of its briefings.
 */
export function sitemapPages(published: readonly SitemapBriefing[], authorIds: readonly string[], taxonomies: readonly Taxonomy[] = TAXONOMIES): SitemapPage[] {
  const pages = new Map<string, Date | undefined>();
  const add = (pagePath: string, date?: Date) => {
    const seen = pages.get(pagePath);
    pages.set(pagePath, seen && (!date || seen > date) ? seen : date);
  };
  for (const pagePath of [paths.home(), paths.archive(), paths.about(), paths.search()]) add(pagePath);
  for (const id of authorIds) add(paths.author(id));
  for (const t of taxonomies) add(taxonomyPath(t));
  for (const briefing of published) {
    const date = briefingLastmod(briefing);
    for (const pagePath of [paths.briefing(briefing.id), paths.home(), paths.archive()]) add(pagePath, date);
    for (const id of briefing.data.authors) add(paths.author(id), date);
    for (const t of taxonomies) {
      const ids = termIds(t, briefing.data);
      if (ids.length) add(taxonomyPath(t), date);
      for (const id of ids) add(termPath(t, id), date);
    }
  }
  return [...pages]
    .map(([pagePath, lastmod]) => ({ path: pagePath, lastmod }))
    .sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}

/** The pages split into sitemap files of at most `limit` URLs each. */
export function sitemapChunks(pages: readonly SitemapPage[], limit = SITEMAP_LIMIT): SitemapPage[][] {
  const chunks: SitemapPage[][] = [];
  for (let i = 0; i < pages.length; i += limit) chunks.push(pages.slice(i, i + limit));
  return chunks.length ? chunks : [[]];
}

/** Site-relative path of the nth (0-based) sitemap file. */
export function sitemapChunkPath(n: number): string {
  return `/sitemap-${n}.xml`;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** The latest lastmod of some pages, if any has one. */
function latest(pages: readonly SitemapPage[]): Date | undefined {
  return pages.reduce<Date | undefined>((max, p) => (p.lastmod && (!max || p.lastmod > max) ? p.lastmod : max), undefined);
}

/** One sitemap file (`<urlset>`). */
export function sitemapXml(pages: readonly SitemapPage[], siteUrl: string): string {
  const urls = pages.map((p) => `<url><loc>${escapeXml(absolute(p.path, siteUrl))}</loc>${p.lastmod ? `<lastmod>${p.lastmod.toISOString()}</lastmod>` : ''}</url>`);
  return `${HEAD}<urlset xmlns="${NS}">${urls.join('')}</urlset>`;
}

/** The sitemap index (`<sitemapindex>`) naming each file, dated by its latest page. */
export function sitemapIndexXml(chunks: readonly (readonly SitemapPage[])[], siteUrl: string): string {
  const entries = chunks.map((chunk, n) => {
    const date = latest(chunk);
    return `<sitemap><loc>${escapeXml(absolute(sitemapChunkPath(n), siteUrl))}</loc>${date ? `<lastmod>${date.toISOString()}</lastmod>` : ''}</sitemap>`;
  });
  return `${HEAD}<sitemapindex xmlns="${NS}">${entries.join('')}</sitemapindex>`;
}
