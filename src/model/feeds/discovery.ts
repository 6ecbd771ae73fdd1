/**
 * Which feeds exist and how pages advertise them: `<link rel="alternate">` in every head, the
 * Subscribe block in the footer and the feed link on each taxonomy page all read from here.
 */
import { paths } from '../paths.ts';
import type { TaxonomyKind } from '../taxonomies.ts';

/** Media types of the three formats (JSON Feed's is registered as `application/feed+json`). */
export const FEED_TYPES = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
} as const;

/** A feed as a page links to it (site-relative href). */
export interface FeedLink {
  href: string;
  /** Title for `<link rel="alternate" title>`: what a reader's subscribe dialog shows. */
  title: string;
  type: string;
  /** Short name of the format for visible links ("RSS", "Atom", "JSON Feed"). */
  format: string;
}

/** The three site-wide feeds, every published briefing. */
export function siteFeedLinks(siteName: string): FeedLink[] {
  return [
    { href: paths.rss(), title: `${siteName} (RSS)`, type: FEED_TYPES.rss, format: 'RSS' },
    { href: paths.atom(), title: `${siteName} (Atom)`, type: FEED_TYPES.atom, format: 'Atom' },
    { href: paths.jsonFeed(), title: `${siteName} (JSON Feed)`, type: FEED_TYPES.json, format: 'JSON Feed' },
  ];
}

/** The part of a taxonomy term its feed depends on. */
export interface FeedTerm {
  kind: TaxonomyKind;
  id: string;
  name: string;
}

/** Site-relative path of a term's RSS feed. */
export function termFeedPath(term: Pick<FeedTerm, 'kind' | 'id'>): string {
  return paths.termFeed(term.kind, term.id);
}

/** Site-relative path of a term's page (the feed's home page). */
export function termPagePath(term: Pick<FeedTerm, 'kind' | 'id'>): string {
  return paths.term(term.kind, term.id);
}

/** Title of a term's feed: "Sitrep Sample Briefings: Mali (country)". */
export function termFeedTitle(term: FeedTerm, siteName: string): string {
  return `${siteName}: ${term.name} (${term.kind})`;
}

/** A term's RSS feed as a page links to it. */
export function termFeedLink(term: FeedTerm, siteName: string): FeedLink {
  return { href: termFeedPath(term), title: termFeedTitle(term, siteName), type: FEED_TYPES.rss, format: 'RSS' };
}
