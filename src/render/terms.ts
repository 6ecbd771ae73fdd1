/**
 * The `getStaticPaths` entries of the term pages and term feeds: one per term of every taxonomy
 * in the table (src/model/taxonomies.ts), with the URL segments the URL builder gives it.
 */
import { TAXONOMIES, type Taxonomy, type TaxonomyKind } from '../model/taxonomies.ts';
import { termEntry } from '../model/publication.ts';
import { getPublication, type Term } from './publication.ts';

/** What a term's page and feed are given. */
export interface TermProps extends Record<string, unknown> {
  taxonomy: Taxonomy<TaxonomyKind>;
  term: Term;
  /** Lines under the description (an actor's aliases, a country's code…). */
  details: string[];
}

/** Every term of every taxonomy, as route params (`/<taxonomy>/<term>/`) and props. */
export async function termPathParams(): Promise<{ params: { taxonomy: string; term: string }; props: TermProps }[]> {
  const publication = await getPublication();
  return TAXONOMIES.flatMap((taxonomy) => publication.terms[taxonomy.kind].map((term) => ({
    params: { taxonomy: taxonomy.segment, term: taxonomy.urlId ? taxonomy.urlId(term.id) : term.id },
    props: { taxonomy, term, details: taxonomy.details?.(term.id, termEntry(publication, taxonomy, term.id)) ?? [] },
  })));
}
