/** The site feed as RSS 2.0, full content: `/rss.xml`. */
import type { APIRoute } from 'astro';
import { siteFeed } from '../lib/feed-content.ts';
import { rssResponse } from '../lib/feeds/response.ts';

export const GET: APIRoute = async () => rssResponse(await siteFeed());
