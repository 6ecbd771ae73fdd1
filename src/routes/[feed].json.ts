/**
 * The site feed as JSON Feed 1.1, full content: `/feed.json`. A one-path dynamic route, like
 * `[feed].xml.ts`, so it carries the publication's cacheKey for Astro's incremental build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteFeed } from '../render/feed-content.ts';
import { jsonFeedResponse } from '../model/feeds/response.ts';
import { withCacheKey } from '../render/publication.ts';

export const prerender = true;

export const getStaticPaths = (async () => withCacheKey([{ params: { feed: 'feed' } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => jsonFeedResponse(await siteFeed());
