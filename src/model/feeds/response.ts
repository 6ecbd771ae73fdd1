/** HTTP responses for feed endpoints (the static build writes their bodies to files). */
import { FEED_TYPES } from './discovery.ts';
import { toAtom } from './atom.ts';
import { toJsonFeedString } from './json-feed.ts';
import { toRss } from './rss.ts';
import type { Feed } from './model.ts';

function respond(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

/** The feed as an RSS 2.0 response. */
export function rssResponse(feed: Feed): Response {
  return respond(toRss(feed), FEED_TYPES.rss);
}

/** The feed as an Atom response. */
export function atomResponse(feed: Feed): Response {
  return respond(toAtom(feed), FEED_TYPES.atom);
}

/** The feed as a JSON Feed 1.1 response. */
export function jsonFeedResponse(feed: Feed): Response {
  return respond(toJsonFeedString(feed), FEED_TYPES.json);
}
