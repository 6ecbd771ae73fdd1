/**
 * The taxonomies: the ways a publication groups its briefings (region, actor, country, tag). One
 * table, read by the publication model, the URL builder, the term and index pages, the term feeds,
 * the navigation, the sitemap and the cards. Adding a taxonomy is one entry here (plus the
 * frontmatter field it reads): its pages, feeds, sitemap entries and cards follow.
 */
import { countryName } from './countries.ts';

/** One taxonomy: what it is called, which frontmatter field lists its terms and where its pages live. */
export interface Taxonomy<K extends string = string> {
  /** Singular id, as terms carry it (`term.kind`). */
  kind: K;
  /** The briefing frontmatter field that lists a briefing's terms (ids or codes). */
  field: string;
  /** URL segment of its pages: `/<segment>/` lists the terms, `/<segment>/<term>/` is one term. */
  segment: string;
  /** Kicker on a term page ("Region"). */
  label: string;
  /** Title of the index page and the navigation link ("Regions"). */
  plural: string;
  /** Place among the search filters and the briefing header's rows (the order readers narrow by). */
  facet: number;
  /** One line under the index page's title. */
  description: string;
  /** The content collection whose entries name the terms (`name`, `description`), if any. */
  collection?: string;
  /** A term's name when no collection names it (country codes read as country names). Default: the id. */
  termName?: (id: string) => string;
  /** Lines under a term page's description (aliases, kind…), from the term's id and its collection entry. */
  details?: (id: string, entry: Record<string, unknown> | undefined) => string[];
  /** Which countries a term's social card maps: its briefings', its entry's `countries`, or the term itself. */
  cardMap?: 'briefings' | 'entry' | 'self';
  /** Terms read as hashtags on cards ("#insurgency"), as tags do. */
  hashtag?: boolean;
  /** How a term id appears in URLs (country codes are lowercase there). Default: as it is. */
  urlId?: (id: string) => string;
}

/** Sitrep's taxonomies, in the order of the navigation. */
export const TAXONOMIES: readonly Taxonomy<TaxonomyKind>[] = [
  { kind: 'region', field: 'regions', segment: 'regions', label: 'Region', plural: 'Regions', facet: 1, description: 'Briefings by region.', collection: 'regions', cardMap: 'briefings' },
  { kind: 'actor', field: 'actors', segment: 'actors', label: 'Actor', plural: 'Actors', facet: 3, description: 'Briefings by the state and non-state actors they cover.', collection: 'actors', details: actorDetails, cardMap: 'entry' },
  { kind: 'country', field: 'countries', segment: 'countries', label: 'Country', plural: 'Countries', facet: 2, description: 'Briefings by country (ISO 3166-1).', termName: countryName, urlId: (code: string) => code.toLowerCase(), details: (code: string) => [`ISO 3166-1 code: ${code}`], cardMap: 'self' },
  { kind: 'tag', field: 'tags', segment: 'tags', label: 'Tag', plural: 'Tags', facet: 4, description: 'Briefings by topic.', hashtag: true },
];

/** The kinds of Sitrep's own taxonomies. */
export type TaxonomyKind = 'region' | 'actor' | 'country' | 'tag';

/** What an actor's page says about it, under its description. */
function actorDetails(_id: string, actor: Record<string, unknown> | undefined): string[] {
  if (!actor) return [];
  const aliases = (actor.aliases as string[] | undefined) ?? [];
  const countries = (actor.countries as string[] | undefined) ?? [];
  return [
    aliases.length ? `Also known as: ${aliases.join(', ')}` : '',
    `Kind: ${String(actor.kind).replaceAll('-', ' ')}`,
    countries.length ? `Operates in: ${countries.map(countryName).join(', ')}` : '',
  ].filter(Boolean);
}


/** The taxonomies in the order readers narrow by: search filters and the briefing header. */
export function byFacet<T extends Taxonomy>(table: readonly T[]): T[] {
  return [...table].sort((a, b) => a.facet - b.facet);
}

/** The taxonomy of `kind` in `table`; throws on a kind the table does not have (a programming error). */
export function taxonomy<K extends string>(kind: K, table: readonly Taxonomy[] = TAXONOMIES): Taxonomy {
  const found = table.find((t) => t.kind === kind);
  if (!found) throw new Error(`no taxonomy "${kind}"; the taxonomies are ${table.map((t) => t.kind).join(', ')}`);
  return found;
}

/** Site-relative path of a taxonomy's index page: `/regions/`. */
export function taxonomyPath(t: Taxonomy): string {
  return `/${t.segment}/`;
}

/** Site-relative path of a term's page: `/regions/sahel/`, `/countries/ml/`. */
export function termPath(t: Taxonomy, id: string): string {
  return `/${t.segment}/${t.urlId ? t.urlId(id) : id}/`;
}

/** Site-relative path of a term's RSS feed, beside its page. */
export function termFeedPath(t: Taxonomy, id: string): string {
  return `${termPath(t, id)}rss.xml`;
}

/** The term ids a briefing lists under the taxonomy's field. */
export function termIds(t: Taxonomy, data: object): readonly string[] {
  const value = (data as Record<string, unknown>)[t.field];
  return Array.isArray(value) ? (value as string[]) : [];
}
