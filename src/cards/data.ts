/**
 * Which cards a build makes and what each shows: one pure function from the publication to the
 * list of card jobs, one per page that has a card. Nothing here changes from build to build
 * unless the content or the site options do (no build time, no "latest" counters beyond counts
 * of published briefings), so unchanged pages keep their cached cards.
 */
import { countryName } from '../model/countries.ts';
import { formatDate } from '../model/format.ts';
import { absolute } from '../model/paths.ts';
import { cardPages, cardPathForPage, type CardKind } from '../model/card-paths.ts';
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
  kind: 'region' | 'actor' | 'country' | 'tag';
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
  terms: { region: readonly CardTerm[]; actor: readonly CardTerm[]; country: readonly CardTerm[]; tag: readonly CardTerm[] };
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

/** "A", "A and B", "A, B and C". */
function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
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

/**
 * Every card of the site: home, archive, each briefing, each taxonomy index and term, each
 * author, the about page, the search page and any `extras.pages`, in that order. Paths come from `cardPathForPage` over the URL
 * builder, so they match the pages one for one.
 */
export function buildCardJobs(publication: CardPublication, site: CardSite, extras: CardExtras = {}): CardJob[] {
  const jobs: CardJob[] = [];
  const add = (page: string, data: Omit<CardData, 'site' | 'url'>) => {
    jobs.push({ path: cardPathForPage(page), data: { ...data, site: site.name, url: displayUrl(page, site.url) } });
  };
  const { briefings, terms } = publication;
  const total = count(briefings.length, 'briefing');
  const regionName = new Map(terms.region.map((t) => [t.id, t.name]));
  const authorName = (id: string) => publication.authors.get(id)?.data.name ?? id;

  add(cardPages.home(), { kind: 'home', label: total, title: site.name, description: excerpt(site.description) });

  const years = briefings.map((b) => b.data.published.getUTCFullYear());
  const span = years.length ? (Math.min(...years) === Math.max(...years) ? `${years[0]}` : `${Math.min(...years)}–${Math.max(...years)}`) : undefined;
  add(cardPages.archive(), {
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
    add(cardPages.briefing(briefing.id), {
      kind: 'briefing',
      label: formatDate(data.published),
      kicker: data.regions.map((id) => regionName.get(id) ?? id).join(' · '),
      title: data.card?.title ?? data.title,
      description: excerpt(data.card?.description ?? data.dek ?? data.overview),
      byline: `By ${list(data.authors.map(authorName))}`,
      ...(countries.length || points.length ? { map: { countries, points } } : {}),
    });
  }

  const indexes: { kind: CardKind; page: string; title: string; noun: string; terms: readonly CardTerm[] }[] = [
    { kind: 'regions', page: cardPages.regions(), title: 'Regions', noun: 'region', terms: terms.region },
    { kind: 'actors', page: cardPages.actors(), title: 'Actors', noun: 'actor', terms: terms.actor },
    { kind: 'countries', page: cardPages.countries(), title: 'Countries', noun: 'country', terms: terms.country },
    { kind: 'tags', page: cardPages.tags(), title: 'Tags', noun: 'tag', terms: terms.tag },
  ];
  for (const index of indexes) {
    const noun = index.noun === 'country' ? (index.terms.length === 1 ? 'country' : 'countries') : undefined;
    add(index.page, {
      kind: index.kind,
      label: noun ? `${index.terms.length} ${noun}` : count(index.terms.length, index.noun),
      kicker: 'Index',
      title: index.title,
      description: index.terms.length ? excerpt(`Briefings by ${index.noun}: ${list(index.terms.map((t) => (t.kind === 'tag' ? `#${t.name}` : t.name)))}.`) : undefined,
    });
  }

  const termCard = (term: CardTerm, kind: CardKind, page: string, kicker: string, title: string, map: CardData['map']) =>
    add(page, {
      kind,
      label: count(term.briefings.length, 'briefing'),
      kicker,
      title,
      description: excerpt(term.description ?? `Briefings about ${title}.`),
      ...(map && (map.countries.length || map.points.length) ? { map } : {}),
    });
  for (const term of terms.region) {
    termCard(term, 'region', cardPages.region(term.id), 'Region', term.name, { countries: uniq(term.briefings.flatMap((b) => b.data.countries)), points: [] });
  }
  for (const term of terms.actor) {
    termCard(term, 'actor', cardPages.actor(term.id), 'Actor', term.name, { countries: uniq(publication.actors.get(term.id)?.data.countries ?? []), points: [] });
  }
  for (const term of terms.country) {
    termCard(term, 'country', cardPages.country(term.id), 'Country', term.name || countryName(term.id), { countries: [term.id], points: [] });
  }
  for (const term of terms.tag) {
    add(cardPages.tag(term.id), { kind: 'tag', label: count(term.briefings.length, 'briefing'), kicker: 'Tag', title: `#${term.name}`, description: `Briefings tagged “${term.name}”.` });
  }

  for (const author of publication.authors.values()) {
    const written = briefings.filter((b) => b.data.authors.includes(author.id)).length;
    add(cardPages.author(author.id), {
      kind: 'author',
      label: count(written, 'briefing'),
      kicker: author.data.role ?? 'Author',
      title: author.data.name,
      description: excerpt(author.data.bio ?? `Briefings by ${author.data.name}.`),
    });
  }

  if (extras.about) {
    add(cardPages.about(), { kind: 'about', kicker: 'About', title: extras.about.title, description: excerpt(extras.about.description) });
  }
  add(cardPages.search(), { kind: 'search', title: 'Search', description: `Search the full text of ${total}, by region, country, actor, tag or year.` });
  for (const page of extras.pages ?? []) {
    add(page.path, { kind: 'page', kicker: page.kicker, title: page.title, description: page.description === undefined ? undefined : excerpt(page.description) });
  }
  return jobs;
}
