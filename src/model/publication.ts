/**
 * The publication as a pure function of its content entries: the visible briefings in order and
 * the taxonomies built from them. `getPublication()` (./publication.ts) calls it with the
 * collections Astro serves to pages; the card pre-render at the start of a build
 * (src/integration/cards.ts) calls it with the same entries straight from the content loaders.
 * One function, so both agree on what is published.
 */
import { selectBriefings, type Dated, type Visibility } from './briefings.ts';
import { TAXONOMIES, termIds, termPath, type Taxonomy, type TaxonomyKind } from './taxonomies.ts';

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
  kind: TaxonomyKind;
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
  /** Each taxonomy's terms that have visible briefings, by name, keyed by the taxonomy's kind. */
  terms: Record<TaxonomyKind, TermOf<B>[]>;
}

/**
 * Builds the publication from every entry of the four collections, under `visibility`. The
 * terms follow `taxonomies` (Sitrep's table unless a caller passes its own).
 */
export function buildPublication<B extends TaxonomyBriefing, A extends { id: string }, R extends NamedEntry, X extends NamedEntry>(
  collections: { briefings: readonly B[]; authors: readonly A[]; regions: readonly R[]; actors: readonly X[] } & Record<string, readonly { id: string; data: object }[]>,
  visibility: Visibility,
  taxonomies: readonly Taxonomy[] = TAXONOMIES,
): PublicationOf<B, A, R, X> {
  const briefings = selectBriefings(collections.briefings, visibility);
  const byId = <E extends { id: string }>(entries: readonly E[] = []) => new Map(entries.map((e) => [e.id, e]));
  const terms = (t: Taxonomy): TermOf<B>[] => {
    const named = t.collection ? byId(collections[t.collection] as readonly NamedEntry[] | undefined) : undefined;
    const lists = new Map<string, B[]>();
    for (const briefing of briefings) for (const id of termIds(t, briefing.data)) lists.set(id, [...(lists.get(id) ?? []), briefing]);
    return [...lists]
      .map(([id, list]) => {
        const entry = named?.get(id)?.data;
        return { kind: t.kind as TaxonomyKind, id, name: entry?.name ?? t.termName?.(id) ?? id, description: entry?.description, href: termPath(t, id), briefings: list };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  };
  return {
    briefings,
    authors: byId(collections.authors),
    regions: byId(collections.regions),
    actors: byId(collections.actors),
    terms: Object.fromEntries(taxonomies.map((t) => [t.kind, terms(t)])) as Record<TaxonomyKind, TermOf<B>[]>,
  };
}

/** One of a briefing's terms as a page links to it. */
export interface TermLink {
  href: string;
  name: string;
}

/**
 * A briefing's terms in each taxonomy, in the order its frontmatter lists them, named as the
 * term pages name them: `{ region: [{ href: '/regions/sahel/', name: 'Sahel' }], … }`.
 */
export function briefingTerms<B extends TaxonomyBriefing>(briefing: B, terms: Readonly<Record<string, readonly TermOf<B>[]>>, taxonomies: readonly Taxonomy[] = TAXONOMIES): Record<string, TermLink[]> {
  return Object.fromEntries(taxonomies.map((t) => {
    const known = new Map((terms[t.kind] ?? []).map((term) => [term.id, term]));
    return [t.kind, termIds(t, briefing.data).map((id) => ({ href: termPath(t, id), name: known.get(id)?.name ?? t.termName?.(id) ?? id }))];
  }));
}

/** The data of the collection entry that names a term (a region or actor file), if its taxonomy has a collection. */
export function termEntry(publication: object, taxonomy: Taxonomy, id: string): Record<string, unknown> | undefined {
  const entries = taxonomy.collection ? (publication as Record<string, ReadonlyMap<string, { data: object }> | undefined>)[taxonomy.collection] : undefined;
  return entries?.get(id)?.data as Record<string, unknown> | undefined;
}
