/** `/sitemap-<n>.xml`: the nth file of at most SITEMAP_LIMIT pages. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapXml, type SitemapPage } from '../../model/sitemap.ts';
import { siteConfig } from '../../render/config.ts';
import { getSitemapChunks } from '../../render/sitemap.ts';
import { withCacheKey } from '../../render/publication.ts';

export const getStaticPaths = (async () =>
  withCacheKey((await getSitemapChunks()).map((pages, n) => ({ params: { chunk: String(n) }, props: { pages } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ pages: SitemapPage[] }> = ({ props }) =>
  new Response(sitemapXml(props.pages, siteConfig.url), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
