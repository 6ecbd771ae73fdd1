/**
 * The one URL builder. Pages, feeds, cards, sitemap, JSON-LD and exports all ask here, so a link
 * can never drift from the page it names. Paths are site-relative with a trailing slash for
 * pages; `absolute()` makes them full URLs against the configured site URL.
 */

export const paths = {
  home: () => '/',
  archive: () => '/briefings/',
  briefing: (slug: string) => `/briefings/${slug}/`,
  regions: () => '/regions/',
  region: (id: string) => `/regions/${id}/`,
  actors: () => '/actors/',
  actor: (id: string) => `/actors/${id}/`,
  countries: () => '/countries/',
  country: (code: string) => `/countries/${code.toLowerCase()}/`,
  tags: () => '/tags/',
  tag: (tag: string) => `/tags/${tag}/`,
  author: (id: string) => `/authors/${id}/`,
  about: () => '/about/',
  /** Anchor of a source in a briefing's Sources list. */
  sourceAnchor: (sourceId: string) => `source-${sourceId}`,
  /** Anchor of one citation of a source (nth, 1-based) in the body. */
  citationAnchor: (sourceId: string, n: number) => `cite-${sourceId}-${n}`,
} as const;

/** Joins a site-relative path (or one already absolute) to the site's base URL. */
export function absolute(pathOrUrl: string, siteUrl: string): string {
  return new URL(pathOrUrl, siteUrl).href;
}
