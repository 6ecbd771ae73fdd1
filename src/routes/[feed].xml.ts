/**
 * The site feeds in XML, full content: `/rss.xml` (RSS 2.0) and `/atom.xml` (Atom, RFC 4287);
 * `/feed.json` is its JSON Feed sibling. Dynamic routes rather than static files so they carry
 * the publication's cacheKey: Astro's incremental build copies them when nothing changed, and
 * rendering every briefing for the feeds is otherwise most of an unchanged rebuild.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFeed } from '../render/feed-content.ts';
import { atomResponse, rssResponse } from '../model/feeds/response.ts';
import type { Feed } from '../model/feeds/model.ts';
import { withCacheKey } from '../render/publication.ts';

export const prerender = true;

/** Each feed's name (`/<name>.xml`, as the URL builder has it) and its format. */
const FEEDS: Record<string, (feed: Feed) => Response> = { rss: rssResponse, atom: atomResponse };

export const getStaticPaths = (async () => withCacheKey(Object.keys(FEEDS).map((feed) => ({ params: { feed } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => FEEDS[params.feed!]!(await siteFeed());
