/** An actor's briefings as RSS 2.0, full content: `/actors/<id>/rss.xml`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPublication, withCacheKey, type Term } from '../../../render/publication.ts';
import { termFeed } from '../../../render/feed-content.ts';
import { rssResponse } from '../../../model/feeds/response.ts';

export const getStaticPaths = (async () => {
  const { terms } = await getPublication();
  return withCacheKey(terms.actor.map((term) => ({ params: { id: term.id }, props: { term } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ term: Term }> = async ({ props }) => rssResponse(await termFeed(props.term));
