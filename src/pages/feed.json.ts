/** The site feed as JSON Feed 1.1, full content: `/feed.json`. */
import type { APIRoute } from 'astro';
import { siteFeed } from '../lib/feed-content.ts';
import { jsonFeedResponse } from '../lib/feeds/response.ts';

export const GET: APIRoute = async () => jsonFeedResponse(await siteFeed());
