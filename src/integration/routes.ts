/**
 * Every page and file Sitrep adds to a publication, as `injectRoute` takes them: the URL pattern
 * and the route module under src/routes/. One table, so the integration, the docs and the tests
 * agree on what a publication gets. Patterns follow the URL builder (src/model/paths.ts).
 */

/** One injected route: its URL pattern and its module, relative to src/routes/. */
export interface SitrepRoute {
  pattern: string;
  entrypoint: string;
}

export const ROUTES: readonly SitrepRoute[] = [
  { pattern: '/', entrypoint: 'index.astro' },
  { pattern: '/404', entrypoint: '404.astro' },
  { pattern: '/about', entrypoint: 'about.astro' },
  { pattern: '/search', entrypoint: 'search.astro' },
  { pattern: '/briefings', entrypoint: 'briefings/index.astro' },
  { pattern: '/briefings/[slug]', entrypoint: 'briefings/[slug].astro' },
  { pattern: '/briefings/[slug].json', entrypoint: 'briefings/[slug].json.ts' },
  { pattern: '/briefings/[slug].stix.json', entrypoint: 'briefings/[slug].stix.json.ts' },
  { pattern: '/briefings/[slug]/events.csv', entrypoint: 'briefings/[slug]/events.csv.ts' },
  { pattern: '/briefings/[slug]/events.geojson', entrypoint: 'briefings/[slug]/events.geojson.ts' },
  { pattern: '/briefings/[slug]/sources.json', entrypoint: 'briefings/[slug]/sources.json.ts' },
  { pattern: '/authors/[id]', entrypoint: 'authors/[id].astro' },
  // Every taxonomy of src/model/taxonomies.ts: `/regions/`, `/regions/sahel/`, `/regions/sahel/rss.xml`…
  { pattern: '/[taxonomy]', entrypoint: 'terms/index.astro' },
  { pattern: '/[taxonomy]/[term]', entrypoint: 'terms/term.astro' },
  { pattern: '/[taxonomy]/[term]/rss.xml', entrypoint: 'terms/rss.xml.ts' },
  { pattern: '/[feed].xml', entrypoint: '[feed].xml.ts' },
  { pattern: '/[feed].json', entrypoint: '[feed].json.ts' },
  { pattern: '/events.csv', entrypoint: 'events.csv.ts' },
  { pattern: '/events.geojson', entrypoint: 'events.geojson.ts' },
  { pattern: '/robots.txt', entrypoint: 'robots.txt.ts' },
  { pattern: '/sitemap-index.xml', entrypoint: 'sitemap/index.xml.ts' },
  { pattern: '/sitemap-[chunk].xml', entrypoint: 'sitemap/chunk.xml.ts' },
  { pattern: '/schema/briefing.json', entrypoint: 'schema/briefing.json.ts' },
  { pattern: '/cards/[...card].png', entrypoint: 'cards/[...card].png.ts' },
];
