/**
 * What the built site contains, read from dist/ so the suites follow pages as they are added:
 * every HTML page, one page of each type, and the briefing the journeys start from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';

/** The sample publication's flagship briefing; the journeys prefer it when it was built. */
export const SAMPLE_BRIEFING = 'trouble-in-the-sahel';

/** Its neighbours in the sample publication, by the start of their titles. */
export const SAMPLE_NEIGHBOURS = { previous: 'Free Speech vs. National Security', next: "Tajikistan's Balancing Act" } as const;

/** Chart figures: src/components/charts/Figure.astro renders `figure.chart-figure`; `figure.chart` is the older name. */
export const CHART_FIGURE = 'figure.chart-figure, figure.chart';

/** A URL that no page has: the server answers with the 404 page. */
export const UNKNOWN_PATH = '/no-such-page-e2e/';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Every HTML file of the build, relative to dist/. */
export function htmlFiles(distDir: string): string[] {
  return listFiles(distDir).filter((file) => file.endsWith('.html'));
}

/** The URL path a built HTML file is served at: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Page paths served as pages (folders with index.html), sorted. */
export function pagePaths(distDir: string): string[] {
  return htmlFiles(distDir)
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map(urlPathOf);
}

/**
 * The kind of a page, from the shape of its path: `/` → "home", `/regions/` → "regions",
 * `/regions/sahel/` → "regions/*". A new route shows up as a new type without editing the tests.
 */
export function pageType(urlPath: string): string {
  const segments = urlPath.split('/').filter(Boolean);
  if (segments.length === 0) return 'home';
  return [segments[0], ...segments.slice(1).map(() => '*')].join('/');
}

/**
 * One page of each type (the sample briefing for "briefings/*" when it exists, else the first by
 * path), plus the 404 page under "404" reached through an unknown URL.
 */
export function pagesByType(distDir: string): Map<string, string> {
  const briefing = journeyBriefing(distDir);
  const types = new Map<string, string>();
  for (const page of pagePaths(distDir)) {
    const type = pageType(page);
    if (!types.has(type)) types.set(type, page);
  }
  if (types.has('briefings/*')) types.set('briefings/*', briefing);
  types.set('404', UNKNOWN_PATH);
  return new Map([...types].sort(([a], [b]) => a.localeCompare(b)));
}

/** The HTML of a built page, parsed. */
export function readPage(distDir: string, urlPath: string) {
  const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
  return parse(readFileSync(path.join(distDir, file), 'utf8'));
}

/**
 * The briefing the journeys walk from: the sample's Sahel briefing, else (a fixture site) the
 * first briefing that has both an older and a newer neighbour, else the first briefing.
 */
export function journeyBriefing(distDir: string): string {
  const briefings = pagePaths(distDir).filter((page) => pageType(page) === 'briefings/*');
  if (briefings.length === 0) throw new Error(`No briefing pages in ${distDir}`);
  const sample = `/briefings/${SAMPLE_BRIEFING}/`;
  if (briefings.includes(sample)) return sample;
  const withBoth = briefings.find((page) => {
    const html = readPage(distDir, page);
    return html.querySelector('.pager a[rel=prev]') && html.querySelector('.pager a[rel=next]');
  });
  return withBoth ?? briefings[0]!;
}

/** Script types that carry data, not code. */
const DATA_SCRIPTS = new Set(['application/ld+json', 'application/json', 'importmap', 'speculationrules']);

/** Whether a built page runs JavaScript (any `<script>` but JSON data). */
export function shipsJavaScript(distDir: string, urlPath: string): boolean {
  if (urlPath === UNKNOWN_PATH) urlPath = '/404.html';
  return readPage(distDir, urlPath)
    .querySelectorAll('script')
    .some((script) => !DATA_SCRIPTS.has((script.getAttribute('type') ?? '').trim().toLowerCase()));
}

/** Every briefing page: the publication's main product, checked one by one where it is cheap. */
export function briefingPages(distDir: string): string[] {
  return pagePaths(distDir).filter((page) => pageType(page) === 'briefings/*');
}
