/** The site feed as Atom (RFC 4287), full content: `/atom.xml`. */
import type { APIRoute } from 'astro';
import { siteFeed } from '../lib/feed-content.ts';
import { atomResponse } from '../lib/feeds/response.ts';

export const GET: APIRoute = async () => atomResponse(await siteFeed());
