/**
 * The publication as a pure function of its content entries: the visible briefings in order and
 * the taxonomies built from them. `getPublication()` (./publication.ts) calls it with the
 * collections Astro serves to pages; the card pre-render at the start of a build
 * (src/integration/cards.ts) calls it with the same entries straight from the content loaders.
 * One function, so both agree on what is published.
 */
import { selectBriefings, type Dated, type Visibility } from './briefings.ts';
import { countryName } from './countries.ts';
import { paths } from './paths.ts';

/** The briefing fields the taxonomies read. */
export interface TaxonomyBriefing extends Dated {
  id: string;
  data: Dated['data'] & { regions: readonly string[]; actors: readonly string[]; countries: readonly string[]; tags: readonly string[] };
}

/** A named entry (region, actor) as the taxonomies read it. */
export interface NamedEntry {
  id: string;
  data: { name: string; description?: string | undefined };
}

/** A taxonomy term (region, actor, country, tag) with its briefings, newest first. */
export interface TermOf<B> {
  kind: 'region' | 'actor' | 'country' | 'tag';
  id: string;
  name: string;
  description?: string | undefined;
  href: string;
  briefings: B[];
}

export interface PublicationOf<B, A, R, X> {
  /** Visible briefings, newest first. */
  briefings: B[];
  authors: Map<string, A>;
  regions: Map<string, R>;
  actors: Map<string, X>;
  terms: { region: TermOf<B>[]; actor: TermOf<B>[]; country: TermOf<B>[]; tag: TermOf<B>[] };
}

/** Builds the publication from every entry of the four collections, under `visibility`. */
export function buildPublication<B extends TaxonomyBriefing, A extends { id: string }, R extends NamedEntry, X extends NamedEntry>(
  collections: { briefings: readonly B[]; authors: readonly A[]; regions: readonly R[]; actors: readonly X[] },
  visibility: Visibility,
): PublicationOf<B, A, R, X> {
  const briefings = selectBriefings(collections.briefings, visibility);
  const authorMap = new Map(collections.authors.map((a) => [a.id, a]));
  const regionMap = new Map(collections.regions.map((r) => [r.id, r]));
  const actorMap = new Map(collections.actors.map((a) => [a.id, a]));
  const group = (kind: TermOf<B>['kind'], keys: (b: B) => readonly string[], describe: (id: string) => Omit<TermOf<B>, 'kind' | 'id' | 'briefings'>) => {
    const byId = new Map<string, B[]>();
    for (const briefing of briefings) for (const key of keys(briefing)) byId.set(key, [...(byId.get(key) ?? []), briefing]);
    return [...byId]
      .map(([id, list]) => ({ kind, id, ...describe(id), briefings: list }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  };
  return {
    briefings,
    authors: authorMap,
    regions: regionMap,
    actors: actorMap,
    terms: {
      region: group('region', (b) => b.data.regions, (id) => ({ name: regionMap.get(id)?.data.name ?? id, description: regionMap.get(id)?.data.description, href: paths.region(id) })),
      actor: group('actor', (b) => b.data.actors, (id) => ({ name: actorMap.get(id)?.data.name ?? id, description: actorMap.get(id)?.data.description, href: paths.actor(id) })),
      country: group('country', (b) => b.data.countries, (code) => ({ name: countryName(code), href: paths.country(code) })),
      tag: group('tag', (b) => b.data.tags, (tag) => ({ name: tag, href: paths.tag(tag) })),
    },
  };
}
