/** `/sitemap-index.xml`: the sitemap files, each dated by its latest page (robots.txt points here). */
import type { APIRoute } from 'astro';
import { sitemapIndexXml } from '../../model/sitemap.ts';
import { siteConfig } from '../../render/config.ts';
import { getSitemapChunks } from '../../render/sitemap.ts';

export const GET: APIRoute = async () =>
  new Response(sitemapIndexXml(await getSitemapChunks(), siteConfig.url), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
