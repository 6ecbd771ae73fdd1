/**
 * Which cards a build makes and what each shows: one pure function from the publication to the
 * list of card jobs, one per page that has a card. Nothing here changes from build to build
 * unless the content or the site options do (no build time, no "latest" counters beyond counts
 * of published briefings), so unchanged pages keep their cached cards.
 */
import { formatDate, listProse } from '../model/format.ts';
import { absolute, paths } from '../model/paths.ts';
import { cardPathForPage } from '../model/card-paths.ts';
import { termEntry } from '../model/publication.ts';
import { TAXONOMIES, taxonomyPath, termPath, type Taxonomy, type TaxonomyKind } from '../model/taxonomies.ts';
import type { CardJob } from './pipeline.ts';
import type { CardData } from './template.ts';

/** The briefing fields a card reads (a `Briefing` content entry has them all). */
export interface CardBriefing {
  id: string;
  data: {
    title: string;
    dek?: string | undefined;
    overview: string;
    published: Date;
    authors: readonly string[];
    regions: readonly string[];
    countries: readonly string[];
    historicalContext: readonly { place?: { lat?: number | undefined; lon?: number | undefined } | undefined }[];
    card?: { title?: string | undefined; description?: string | undefined } | undefined;
  };
}

/** A taxonomy term as `getPublication()` gives it. */
export interface CardTerm {
  kind: TaxonomyKind;
  id: string;
  name: string;
  description?: string | undefined;
  briefings: readonly CardBriefing[];
}

/** The parts of `Publication` (src/render/publication.ts) that cards use. */
export interface CardPublication {
  briefings: readonly CardBriefing[];
  authors: ReadonlyMap<string, { id: string; data: { name: string; role?: string | undefined; bio?: string | undefined } }>;
  actors: ReadonlyMap<string, { data: { countries?: readonly string[] | undefined } }>;
  /** Each taxonomy's terms, by kind (the taxonomies table). */
  terms: Readonly<Record<string, readonly CardTerm[]>>;
}

/** Site options the cards show. */
export interface CardSite {
  name: string;
  description: string;
  url: string;
}

/** Pages that are not in the publication's collections. */
export interface CardExtras {
  /** The about page's title and description (content/pages/about.mdx), if it exists. */
  about?: { title: string; description: string } | undefined;
  /** Any other pages that should have a card (a search page, a methodology page…). */
  pages?: readonly { path: string; title: string; description?: string | undefined; kicker?: string | undefined }[] | undefined;
}

/** Longest description put in card data; the template clamps it further to the lines left. */
export const DESCRIPTION_MAX = 280;

/** Cuts text at a word boundary with an ellipsis. */
export function excerpt(text: string, max = DESCRIPTION_MAX): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** "1 briefing", "12 briefings". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The page's address as printed on the card: host and path, no scheme, no trailing slash. */
export function displayUrl(pagePath: string, siteUrl: string): string {
  const url = new URL(absolute(pagePath, siteUrl));
  return `${url.host}${url.pathname}`.replace(/\/$/, '');
}

/** Unique event coordinates of a briefing, rounded to 0.01° (about 1 km: plenty for a locator). */
function eventPoints(briefing: CardBriefing): [number, number][] {
  const seen = new Map<string, [number, number]>();
  for (const event of briefing.data.historicalContext) {
    const { lat, lon } = event.place ?? {};
    if (lat === undefined || lon === undefined) continue;
    const point: [number, number] = [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
    seen.set(point.join(','), point);
  }
  return [...seen.values()];
}

/** Sorted unique values. */
const uniq = (values: Iterable<string>) => [...new Set(values)].sort();

/** The countries a term's card maps, as its taxonomy says (src/model/taxonomies.ts `cardMap`). */
function termMap(taxonomy: Taxonomy, term: CardTerm, publication: CardPublication): string[] {
  switch (taxonomy.cardMap) {
    case 'briefings': return uniq(term.briefings.flatMap((b) => b.data.countries));
    case 'entry': return uniq((termEntry(publication, taxonomy, term.id)?.countries as readonly string[] | undefined) ?? []);
    case 'self': return [term.id];
    default: return [];
  }
}

/**
 * Every card of the site: home, archive, each briefing, each taxonomy index and term, each
 * author, the about page, the search page and any `extras.pages`, in that order. Paths come from `cardPathForPage` over the URL
 * builder, so they match the pages one for one.
 */
export function buildCardJobs(publication: CardPublication, site: CardSite, extras: CardExtras = {}, taxonomies: readonly Taxonomy[] = TAXONOMIES): CardJob[] {
  const jobs: CardJob[] = [];
  const add = (page: string, data: Omit<CardData, 'site' | 'url'>) => {
    jobs.push({ path: cardPathForPage(page), data: { ...data, site: site.name, url: displayUrl(page, site.url) } });
  };
  const { briefings, terms } = publication;
  const total = count(briefings.length, 'briefing');
  const regionName = new Map((terms.region ?? []).map((t) => [t.id, t.name]));
  const authorName = (id: string) => publication.authors.get(id)?.data.name ?? id;

  add(paths.home(), { kind: 'home', label: total, title: site.name, description: excerpt(site.description) });

  const years = briefings.map((b) => b.data.published.getUTCFullYear());
  const span = years.length ? (Math.min(...years) === Math.max(...years) ? `${years[0]}` : `${Math.min(...years)}–${Math.max(...years)}`) : undefined;
  add(paths.archive(), {
    kind: 'archive',
    label: total,
    kicker: 'Archive',
    title: 'All briefings',
    description: span ? `Every briefing published since ${Math.min(...years)}, newest first (${span}).` : 'No briefings published yet.',
  });

  for (const briefing of briefings) {
    const { data } = briefing;
    const points = eventPoints(briefing);
    const countries = uniq(data.countries);
    add(paths.briefing(briefing.id), {
      kind: 'briefing',
      label: formatDate(data.published),
      kicker: data.regions.map((id) => regionName.get(id) ?? id).join(' · '),
      title: data.card?.title ?? data.title,
      description: excerpt(data.card?.description ?? data.dek ?? data.overview),
      byline: `By ${listProse(data.authors.map(authorName))}`,
      ...(countries.length || points.length ? { map: { countries, points } } : {}),
    });
  }

  // Each taxonomy of the table: its index and each term (src/model/taxonomies.ts).
  for (const taxonomy of taxonomies) {
    const list = terms[taxonomy.kind] ?? [];
    const noun = (n: number) => `${n} ${(n === 1 ? taxonomy.label : taxonomy.plural).toLowerCase()}`;
    const shown = (term: CardTerm) => (taxonomy.hashtag ? `#${term.name}` : term.name);
    add(taxonomyPath(taxonomy), {
      kind: taxonomy.segment,
      label: noun(list.length),
      kicker: 'Index',
      title: taxonomy.plural,
      description: list.length ? excerpt(`Briefings by ${taxonomy.label.toLowerCase()}: ${listProse(list.map(shown))}.`) : undefined,
    });
    for (const term of list) {
      const map = termMap(taxonomy, term, publication);
      add(termPath(taxonomy, term.id), {
        kind: taxonomy.kind,
        label: count(term.briefings.length, 'briefing'),
        kicker: taxonomy.label,
        title: shown(term),
        description: taxonomy.hashtag ? `Briefings tagged “${term.name}”.` : excerpt(term.description ?? `Briefings about ${term.name}.`),
        ...(map.length ? { map: { countries: map, points: [] } } : {}),
      });
    }
  }

  for (const author of publication.authors.values()) {
    const written = briefings.filter((b) => b.data.authors.includes(author.id)).length;
    add(paths.author(author.id), {
      kind: 'author',
      label: count(written, 'briefing'),
      kicker: author.data.role ?? 'Author',
      title: author.data.name,
      description: excerpt(author.data.bio ?? `Briefings by ${author.data.name}.`),
    });
  }

  if (extras.about) {
    add(paths.about(), { kind: 'about', kicker: 'About', title: extras.about.title, description: excerpt(extras.about.description) });
  }
  add(paths.search(), { kind: 'search', title: 'Search', description: `Search the full text of ${total}, by region, country, actor, tag or year.` });
  for (const page of extras.pages ?? []) {
    add(page.path, { kind: 'page', kicker: page.kicker, title: page.title, description: page.description === undefined ? undefined : excerpt(page.description) });
  }
  return jobs;
}
