/**
 * The one URL builder. Pages, feeds, cards, sitemap, JSON-LD and exports all ask here, so a link
 * can never drift from the page it names. Paths are site-relative with a trailing slash for
 * pages; `absolute()` makes them full URLs against the configured site URL.
 */
import { taxonomy, taxonomyPath, termFeedPath, termPath, type TaxonomyKind } from './taxonomies.ts';

export const paths = {
  home: () => '/',
  archive: () => '/briefings/',
  briefing: (slug: string) => `/briefings/${slug}/`,
  /** A taxonomy's index (`/regions/`) and one term's page (`/regions/sahel/`), from the taxonomies table. */
  taxonomy: (kind: TaxonomyKind) => taxonomyPath(taxonomy(kind)),
  term: (kind: TaxonomyKind, id: string) => termPath(taxonomy(kind), id),
  author: (id: string) => `/authors/${id}/`,
  about: () => '/about/',
  /** Anchor of a source in a briefing's Sources list. */
  sourceAnchor: (sourceId: string) => `source-${sourceId}`,
  /** Anchor of one citation of a source (nth, 1-based) in the body. */
  citationAnchor: (sourceId: string, n: number) => `cite-${sourceId}-${n}`,
  /** Site feeds: RSS 2.0, Atom and JSON Feed 1.1, all briefings. */
  rss: () => '/rss.xml',
  atom: () => '/atom.xml',
  jsonFeed: () => '/feed.json',
  /** A term's RSS feed, beside its page. */
  termFeed: (kind: TaxonomyKind, id: string) => termFeedPath(taxonomy(kind), id),
  /** The sitemap index @astrojs/sitemap writes, and robots.txt that points to it. */
  sitemapIndex: () => '/sitemap-index.xml',
  robots: () => '/robots.txt',
  /** Anchor of an event (nth in authored order, 1-based) in a briefing's Key events list. */
  eventAnchor: (n: number) => `event-${n}`,
  /** Machine-readable exports of one briefing, listed in its "Data" block. */
  briefingJson: (slug: string) => `/briefings/${slug}.json`,
  briefingEventsGeojson: (slug: string) => `/briefings/${slug}/events.geojson`,
  briefingEventsCsv: (slug: string) => `/briefings/${slug}/events.csv`,
  briefingSourcesCsl: (slug: string) => `/briefings/${slug}/sources.json`,
  briefingStix: (slug: string) => `/briefings/${slug}.stix.json`,
  /** Every published event, site-wide. */
  eventsGeojson: () => '/events.geojson',
  eventsCsv: () => '/events.csv',
  /** JSON Schema of `briefingJson`. */
  briefingJsonSchema: () => '/schema/briefing.json',
  /** The search page (Pagefind); its index lives under `searchBundle`. */
  search: () => '/search/',
  searchBundle: () => '/pagefind/',
} as const;

/** Joins a site-relative path (or one already absolute) to the site's base URL. */
export function absolute(pathOrUrl: string, siteUrl: string): string {
  return new URL(pathOrUrl, siteUrl).href;
}
