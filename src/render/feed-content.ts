/**
 * Feeds carry whole briefings, not teasers: the same components the briefing page uses (key
 * intel, the MDX narrative with its charts, events, key judgements, sources, corrections) are
 * rendered to HTML with Astro's container API, then made feed-reader safe by
 * `prepareFeedHtml` (an allow-list applied by sanitize-html, every URL absolute). Each briefing is rendered once per build and shared by every feed that
 * lists it (site RSS/Atom/JSON and each of its region, actor, country and tag feeds).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import KeyIntel from '../components/briefing/KeyIntel.astro';
import EventList from '../components/briefing/EventList.astro';
import KeyJudgements from '../components/briefing/KeyJudgements.astro';
import SourceList from '../components/briefing/SourceList.astro';
import Corrections from '../components/briefing/Corrections.astro';
import { mdxComponents } from '../components/mdx-components.ts';
import { siteConfig } from './config.ts';
import { absolute, paths } from '../model/paths.ts';
import { formatDate } from '../model/format.ts';
import { countryName } from '../model/countries.ts';
import { getPublication, visibility, type Briefing, type Publication, type Term } from './publication.ts';
import { prepareFeedHtml } from '../model/feeds/html.ts';
import { escapeXml } from '../model/feeds/xml.ts';
import { createFeed, feedEntries, limitItems, type FeedMeta } from '../model/feeds/build.ts';
import { termFeedPath, termFeedTitle, termPagePath } from '../model/feeds/discovery.ts';
import { briefingCardImage } from '../model/feeds/card.ts';
import type { Feed, FeedItem } from '../model/feeds/model.ts';

let containerPromise: Promise<AstroContainer> | undefined;

/** One container per build, with the MDX renderer the briefing bodies need. */
function getContainer(): Promise<AstroContainer> {
  containerPromise ??= (async () => AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) }))();
  return containerPromise;
}

/** The lines under the title a reader checks first: dek, revision and information dates. */
function standfirst(briefing: Briefing): string {
  const { data } = briefing;
  const dates = [
    data.updated && `Updated ${formatDate(data.updated)}`,
    data.dataCutoff && `Information as of ${formatDate(data.dataCutoff)}`,
  ].filter(Boolean);
  return [
    data.dek && `<p><em>${escapeXml(data.dek)}</em></p>`,
    dates.length && `<p>${escapeXml(dates.join(' · '))}</p>`,
  ].filter(Boolean).join('\n');
}

async function renderBriefing(briefing: Briefing, publication: Publication): Promise<string> {
  const container = await getContainer();
  const { Content } = await render(briefing);
  const { data } = briefing;
  // The page's order, minus its navigation (contents, pager). Sources get no back-links: in a
  // reader they would only lead back to the web page.
  const parts = await Promise.all([
    container.renderToString(KeyIntel, { props: { briefing } }),
    // Chart components in the body read the briefing from locals, as on the page.
    container.renderToString(Content, { props: { components: mdxComponents }, locals: { briefing } }),
    container.renderToString(EventList, { props: { briefing, publication } }),
    container.renderToString(KeyJudgements, { props: { briefing } }),
    container.renderToString(SourceList, { props: { sources: data.sources, anchors: new Map<string, string[]>() } }),
    container.renderToString(Corrections, { props: { corrections: data.corrections } }),
  ]);
  return prepareFeedHtml([standfirst(briefing), ...parts].join('\n'), { pageUrl: absolute(paths.briefing(briefing.id), siteConfig.url) });
}

const rendered = new Map<string, Promise<string>>();

/** A briefing's full content as feed-reader-safe HTML (absolute URLs, no scripts or styles). */
export async function briefingFeedHtml(briefing: Briefing): Promise<string> {
  // `astro dev` serves edits between requests: render afresh there; a build renders each once.
  if (import.meta.env.DEV) return renderBriefing(briefing, await getPublication());
  let html = rendered.get(briefing.id);
  if (!html) {
    html = getPublication().then((publication) => renderBriefing(briefing, publication));
    rendered.set(briefing.id, html);
  }
  return html;
}

/** Labels a reader can filter on: region, country and actor names, then tags. */
function categories(briefing: Briefing, publication: Publication): string[] {
  const { data } = briefing;
  return [
    ...data.regions.map((id) => publication.regions.get(id)?.data.name ?? id),
    ...data.countries.map(countryName),
    ...data.actors.map((id) => publication.actors.get(id)?.data.name ?? id),
    ...data.tags,
  ].filter((label, index, all) => all.indexOf(label) === index);
}

/** One briefing as a feed item, with its full content. */
export async function briefingFeedItem(briefing: Briefing, publication: Publication): Promise<FeedItem> {
  const { data } = briefing;
  const url = absolute(paths.briefing(briefing.id), siteConfig.url);
  return {
    id: url,
    url,
    title: data.title,
    summary: data.overview,
    contentHtml: await briefingFeedHtml(briefing),
    published: data.published,
    updated: data.updated,
    authors: data.authors.map((id) => ({ name: publication.authors.get(id)?.data.name ?? id, url: absolute(paths.author(id), siteConfig.url) })),
    categories: categories(briefing, publication),
    image: briefingCardImage(briefing.id, siteConfig.url),
  };
}

function meta(overrides: Pick<FeedMeta, 'id' | 'title' | 'description' | 'homePageUrl' | 'links'>): FeedMeta {
  return {
    ...overrides,
    language: siteConfig.lang,
    author: { name: siteConfig.name, url: siteConfig.url },
    generator: 'Sitrep',
  };
}

async function feedOf(feedMeta: FeedMeta, briefings: readonly Briefing[]): Promise<Feed> {
  const publication = await getPublication();
  const entries = limitItems(feedEntries(briefings, visibility.now), siteConfig.feedItems);
  const items = await Promise.all(entries.map((b) => briefingFeedItem(b, publication)));
  return createFeed(feedMeta, items, { emptyUpdated: visibility.now });
}

/** The site feed: every published briefing (up to `feedItems`), newest first. */
export async function siteFeed(): Promise<Feed> {
  const { briefings } = await getPublication();
  const home = absolute(paths.home(), siteConfig.url);
  return feedOf(meta({
    id: home,
    title: siteConfig.name,
    description: siteConfig.description,
    homePageUrl: home,
    links: {
      rss: absolute(paths.rss(), siteConfig.url),
      atom: absolute(paths.atom(), siteConfig.url),
      json: absolute(paths.jsonFeed(), siteConfig.url),
    },
  }), briefings);
}

/** A region's, actor's, country's or tag's RSS feed: its briefings (up to `feedItems`), newest first. */
export async function termFeed(term: Term): Promise<Feed> {
  const page = absolute(termPagePath(term), siteConfig.url);
  return feedOf(meta({
    id: page,
    title: termFeedTitle(term, siteConfig.name),
    description: term.description ?? `Briefings about ${term.name} from ${siteConfig.name}.`,
    homePageUrl: page,
    links: { rss: absolute(termFeedPath(term), siteConfig.url) },
  }), term.briefings);
}
