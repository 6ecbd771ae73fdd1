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
  { pattern: '/regions', entrypoint: 'regions/index.astro' },
  { pattern: '/regions/[id]', entrypoint: 'regions/[id].astro' },
  { pattern: '/regions/[id]/rss.xml', entrypoint: 'regions/[id]/rss.xml.ts' },
  { pattern: '/actors', entrypoint: 'actors/index.astro' },
  { pattern: '/actors/[id]', entrypoint: 'actors/[id].astro' },
  { pattern: '/actors/[id]/rss.xml', entrypoint: 'actors/[id]/rss.xml.ts' },
  { pattern: '/countries', entrypoint: 'countries/index.astro' },
  { pattern: '/countries/[code]', entrypoint: 'countries/[code].astro' },
  { pattern: '/countries/[code]/rss.xml', entrypoint: 'countries/[code]/rss.xml.ts' },
  { pattern: '/tags', entrypoint: 'tags/index.astro' },
  { pattern: '/tags/[tag]', entrypoint: 'tags/[tag].astro' },
  { pattern: '/tags/[tag]/rss.xml', entrypoint: 'tags/[tag]/rss.xml.ts' },
  { pattern: '/[feed].xml', entrypoint: '[feed].xml.ts' },
  { pattern: '/[feed].json', entrypoint: '[feed].json.ts' },
  { pattern: '/events.csv', entrypoint: 'events.csv.ts' },
  { pattern: '/events.geojson', entrypoint: 'events.geojson.ts' },
  { pattern: '/robots.txt', entrypoint: 'robots.txt.ts' },
  { pattern: '/schema/briefing.json', entrypoint: 'schema/briefing.json.ts' },
  { pattern: '/cards/[...card].png', entrypoint: 'cards/[...card].png.ts' },
];
