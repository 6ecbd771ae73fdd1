/**
 * schema.org JSON-LD for search engines and link previews: an `AnalysisNewsArticle` per briefing
 * and a `WebSite` for the home page. Pure builders over plain data with absolute URLs (the page
 * resolves ids to names and paths), plus the one safe way to put JSON inside a `<script>`.
 */
import type { Actor, ActorInput } from '../schemas/actor.ts';
import type { Author } from '../schemas/author.ts';
import type { BriefingData } from '../schemas/briefing.ts';
import { countryName } from './countries.ts';
import { absolute, paths } from './paths.ts';

/** A JSON-LD node: plain JSON with `@type` and friends. */
export type JsonLdNode = { [key: string]: JsonLdValue };
export type JsonLdValue = string | number | boolean | null | JsonLdNode | JsonLdValue[];

/** A credited author; `Organization` for desks and teams, `Person` otherwise. */
export interface LdAuthor {
  name: string;
  url?: string | undefined;
  kind?: 'Person' | 'Organization' | undefined;
}

/** The publisher: the publication itself. */
export interface LdPublisher {
  name: string;
  url: string;
  /** Absolute URL of a logo image, if the publication has one. */
  logo?: string | undefined;
}

/** An actor the briefing is about. */
export interface LdActor {
  name: string;
  kind: ActorInput['kind'];
  /** Absolute URL of the actor's page. */
  url?: string | undefined;
  aliases?: readonly string[] | undefined;
}

/** A country the briefing covers. */
export interface LdCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  url?: string | undefined;
}

/** A place where an event happened. */
export interface LdPlace {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat?: number | undefined;
  lon?: number | undefined;
}

/** A source the briefing cites. */
export interface LdSource {
  url: string;
  title: string;
  publisher: string;
  published?: Date | undefined;
  archive?: string | undefined;
}

/** Everything the article node says, already resolved to names and absolute URLs. */
export interface BriefingLdInput {
  /** Absolute URL of the briefing page. */
  url: string;
  title: string;
  /** The overview (bottom line up front). */
  description: string;
  dek?: string | undefined;
  published: Date;
  updated?: Date | undefined;
  language: string;
  authors: readonly LdAuthor[];
  publisher: LdPublisher;
  /** Absolute URL of the social card. */
  image?: string | undefined;
  actors: readonly LdActor[];
  countries: readonly LdCountry[];
  places: readonly LdPlace[];
  sources: readonly LdSource[];
  keywords: readonly string[];
}

/** schema.org type of an actor: organisations as such, states as countries, the rest as things. */
export function actorType(kind: LdActor['kind']): string {
  switch (kind) {
    case 'state': return 'Country';
    case 'government': return 'GovernmentOrganization';
    case 'other': return 'Thing';
    default: return 'Organization';
  }
}

/** `2024-02-10T00:00:00.000Z`: ISO 8601, which schema.org Date/DateTime accept. */
function isoDateTime(date: Date): string {
  return date.toISOString();
}

/** Drops keys whose value is undefined, so the JSON carries no empty properties. */
function compact(node: Record<string, JsonLdValue | undefined>): JsonLdNode {
  return Object.fromEntries(Object.entries(node).filter((entry): entry is [string, JsonLdValue] => entry[1] !== undefined));
}

function organization(publisher: LdPublisher): JsonLdNode {
  return compact({
    '@type': 'Organization',
    name: publisher.name,
    url: publisher.url,
    logo: publisher.logo && { '@type': 'ImageObject', url: publisher.logo },
  });
}

function place(p: LdPlace): JsonLdNode {
  return compact({
    '@type': 'Place',
    name: p.name,
    address: { '@type': 'PostalAddress', addressCountry: p.country },
    geo: p.lat !== undefined && p.lon !== undefined ? { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon } : undefined,
  });
}

/** Places deduplicated by name and country; one with coordinates wins over one without. */
function uniquePlaces(places: readonly LdPlace[]): LdPlace[] {
  const byKey = new Map<string, LdPlace>();
  for (const p of places) {
    const key = `${p.country}:${p.name.toLowerCase()}`;
    const seen = byKey.get(key);
    if (!seen || (seen.lat === undefined && p.lat !== undefined)) byKey.set(key, p);
  }
  return [...byKey.values()];
}

/** The `AnalysisNewsArticle` node of a briefing. */
export function briefingJsonLd(input: BriefingLdInput): JsonLdNode {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'AnalysisNewsArticle',
    '@id': `${input.url}#article`,
    mainEntityOfPage: input.url,
    url: input.url,
    headline: input.title,
    alternativeHeadline: input.dek,
    description: input.description,
    datePublished: isoDateTime(input.published),
    // schema.org: the most recent modification, which for an unrevised briefing is its publication.
    dateModified: isoDateTime(input.updated ?? input.published),
    inLanguage: input.language,
    author: input.authors.map((a) => compact({ '@type': a.kind ?? 'Person', name: a.name, url: a.url })),
    publisher: organization(input.publisher),
    image: input.image ? [input.image] : undefined,
    about: input.actors.length
      ? input.actors.map((a) => compact({ '@type': actorType(a.kind), name: a.name, url: a.url, alternateName: a.aliases?.length ? [...a.aliases] : undefined }))
      : undefined,
    spatialCoverage: input.countries.length || input.places.length
      ? [
          ...input.countries.map((c) => compact({ '@type': 'Country', name: c.name, identifier: c.code, url: c.url })),
          ...uniquePlaces(input.places).map(place),
        ]
      : undefined,
    citation: input.sources.map((s) => compact({
      '@type': 'CreativeWork',
      url: s.url,
      name: s.title,
      publisher: { '@type': 'Organization', name: s.publisher },
      datePublished: s.published && isoDateTime(s.published),
      sameAs: s.archive,
    })),
    keywords: input.keywords.length ? [...input.keywords] : undefined,
    isAccessibleForFree: true,
  });
}

/** The publication as JSON-LD sees it. */
export interface LdSite {
  name: string;
  url: string;
  lang: string;
}

/** The lookups a briefing's ids are resolved with (the publication's maps fit). */
export interface LdLookups {
  authors: ReadonlyMap<string, { data: Author }>;
  actors: ReadonlyMap<string, { data: Actor }>;
}

/**
 * The article input of a briefing entry: ids resolved to names, paths made absolute, event
 * places collected for `spatialCoverage`. `image` is the absolute card URL, when there is one.
 */
export function briefingLdInput(
  briefing: { id: string; data: BriefingData },
  lookups: LdLookups,
  site: LdSite,
  image?: string | undefined,
): BriefingLdInput {
  const { data } = briefing;
  const url = (path: string) => absolute(path, site.url);
  return {
    url: url(paths.briefing(briefing.id)),
    title: data.title,
    description: data.overview,
    dek: data.dek,
    published: data.published,
    updated: data.updated,
    language: site.lang,
    authors: data.authors.map((id) => {
      const author = lookups.authors.get(id)?.data;
      return { name: author?.name ?? id, url: url(paths.author(id)), kind: author?.kind === 'organization' ? 'Organization' : 'Person' };
    }),
    publisher: { name: site.name, url: site.url },
    image,
    actors: data.actors.map((id) => {
      const actor = lookups.actors.get(id)?.data;
      return { name: actor?.name ?? id, kind: actor?.kind ?? 'other', url: url(paths.term('actor', id)), aliases: actor?.aliases };
    }),
    countries: data.countries.map((code) => ({ code, name: countryName(code), url: url(paths.term('country', code)) })),
    places: data.historicalContext.flatMap((event) => (event.place ? [event.place] : [])),
    sources: data.sources.map((s) => ({ url: s.url, title: s.title, publisher: s.publisher, published: s.published, archive: s.archive })),
    keywords: data.tags,
  };
}

/** What the home page's `WebSite` node says. */
export interface WebSiteLdInput {
  name: string;
  description: string;
  /** Absolute URL of the home page. */
  url: string;
  language: string;
}

/** The `WebSite` node of the home page; the publication is its own publisher. */
export function websiteJsonLd(input: WebSiteLdInput): JsonLdNode {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${input.url}#website`,
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: input.language,
    publisher: organization({ name: input.name, url: input.url }),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` become `\u003c`… so no
 * value (a headline quoting `</script>`, say) can close the element or open a comment, and the
 * line separators U+2028/U+2029 are escaped too. The result parses to the same JSON.
 */
export function serializeJsonLd(node: JsonLdNode): string {
  return JSON.stringify(node)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
