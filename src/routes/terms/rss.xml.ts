/** A term's briefings as RSS 2.0, full content: `/regions/<id>/rss.xml` and likewise for every taxonomy. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { withCacheKey, type Term } from '../../render/publication.ts';
import { termFeed } from '../../render/feed-content.ts';
import { termPathParams } from '../../render/terms.ts';
import { rssResponse } from '../../model/feeds/response.ts';

export const getStaticPaths = (async () => withCacheKey(await termPathParams())) satisfies GetStaticPaths;

export const GET: APIRoute<{ term: Term }> = async ({ props }) => rssResponse(await termFeed(props.term));
