/**
 * Options for @astrojs/sitemap: list exactly the published pages and date them. The sitemap
 * integration runs after the build, outside the pages, so it takes the briefings the content
 * loaders hold (src/loaders/loaded-content.ts), read when it first asks; without them (a build whose
 * content layer ran elsewhere) the few frontmatter fields it needs are read from the MDX files.
 * The same visibility rule as the pages (`isVisible`) decides what is published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isVisible, type Visibility } from '../model/briefings.ts';
import { paths } from '../model/paths.ts';
import { slugFromFile } from '../loaders/slugs.ts';
import { parseIsoDate } from '../schemas/common.ts';

/** What the sitemap needs to know about a briefing. */
export interface SitemapBriefing {
  id: string;
  data: {
    published: Date;
    updated?: Date | undefined;
    draft: boolean;
    authors: string[];
    regions: string[];
    countries: string[];
    actors: string[];
    tags: string[];
  };
}

/** A sitemap entry as @astrojs/sitemap hands it to `serialize` (the fields Sitrep touches). */
export interface SitemapEntry {
  url: string;
  lastmod?: string | undefined;
}

function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  return typeof value === 'string' ? parseIsoDate(value) : undefined;
}

function toList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The frontmatter of an MDX file, or undefined if it has none that parses. */
export function readFrontmatter(text: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  try {
    const data: unknown = parseYaml(match[1]!);
    return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A briefing's sitemap facts from its file's text; undefined if it has no valid `published`. */
export function sitemapBriefing(file: string, text: string): SitemapBriefing | undefined {
  const fm = readFrontmatter(text);
  const published = fm && toDate(fm.published);
  if (!fm || !published) return undefined;
  let id: string;
  try {
    id = slugFromFile(file);
  } catch {
    return undefined;
  }
  return {
    id,
    data: {
      published,
      updated: toDate(fm.updated),
      draft: fm.draft === true,
      authors: toList(fm.authors),
      regions: toList(fm.regions),
      countries: toList(fm.countries),
      actors: toList(fm.actors),
      tags: toList(fm.tags),
    },
  };
}

/**
 * Every briefing under `dir` (sub-folders included). Files that do not parse are skipped: the
 * content layer reports them, with file and line, when the build loads them.
 */
export function readSitemapBriefings(dir: string): SitemapBriefing[] {
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'));
  } catch {
    return [];
  }
  return files
    .map((name) => sitemapBriefing(path.join(dir, name), readFileSync(path.join(dir, name), 'utf8')))
    .filter((b): b is SitemapBriefing => b !== undefined);
}

/** `updated ?? published`: the date a briefing page last changed. */
export function briefingLastmod(briefing: SitemapBriefing): Date {
  return briefing.data.updated ?? briefing.data.published;
}

/**
 * Last change of each dated page, by site-relative path: a briefing's `updated ?? published`,
 * and for a listing (home, archive, indexes, term and author pages) the latest of its briefings.
 */
export function lastModifiedByPath(published: readonly SitemapBriefing[]): Map<string, Date> {
  const dates = new Map<string, Date>();
  const bump = (pagePath: string, date: Date) => {
    const seen = dates.get(pagePath);
    if (!seen || seen < date) dates.set(pagePath, date);
  };
  for (const briefing of published) {
    const date = briefingLastmod(briefing);
    const { data } = briefing;
    bump(paths.briefing(briefing.id), date);
    for (const listing of [paths.home(), paths.archive()]) bump(listing, date);
    if (data.regions.length) bump(paths.regions(), date);
    if (data.actors.length) bump(paths.actors(), date);
    if (data.countries.length) bump(paths.countries(), date);
    if (data.tags.length) bump(paths.tags(), date);
    for (const id of data.regions) bump(paths.region(id), date);
    for (const id of data.actors) bump(paths.actor(id), date);
    for (const code of data.countries) bump(paths.country(code), date);
    for (const tag of data.tags) bump(paths.tag(tag), date);
    for (const id of data.authors) bump(paths.author(id), date);
  }
  return dates;
}

export interface SitemapOptionsInput {
  /** Every briefing found, published or not; or a function that finds them when first needed. */
  briefings: readonly SitemapBriefing[] | (() => readonly SitemapBriefing[]);
  /** The build's clock and rules; the sitemap always applies production rules on this clock. */
  visibility: Visibility;
}

/** `filter` and `serialize` for @astrojs/sitemap. */
export function createSitemapOptions({ briefings, visibility }: SitemapOptionsInput) {
  // A `--drafts` preview builds draft and scheduled pages; the sitemap still names only the published.
  const production: Visibility = { now: visibility.now, drafts: false, scheduled: false };
  let known: { publishedPaths: Set<string>; lastmod: Map<string, Date> } | undefined;
  const facts = () => {
    if (!known) {
      const published = (typeof briefings === 'function' ? briefings() : briefings).filter((b) => isVisible(b, production));
      known = { publishedPaths: new Set(published.map((b) => paths.briefing(b.id))), lastmod: lastModifiedByPath(published) };
    }
    return known;
  };
  const briefingPage = /^\/briefings\/[^/]+\/$/;
  return {
    // Sitrep writes plain URL entries; declare none of the news/image/video/xhtml extensions.
    namespaces: { news: false, xhtml: false, image: false, video: false },
    /** Pages only (feeds, robots.txt and other files are not pages), and no unpublished briefing. */
    filter(page: string): boolean {
      const { pathname } = new URL(page);
      if (!pathname.endsWith('/')) return false;
      return !briefingPage.test(pathname) || facts().publishedPaths.has(pathname);
    },
    /** Adds `lastmod` to dated pages. */
    serialize<T extends SitemapEntry>(item: T): T {
      const date = facts().lastmod.get(new URL(item.url).pathname);
      return date ? { ...item, lastmod: date.toISOString() } : item;
    },
  };
}
