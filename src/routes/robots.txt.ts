/** `/robots.txt`: everything may be crawled; the sitemap index is named by its absolute URL. */
import type { APIRoute } from 'astro';
import { siteConfig } from '../render/config.ts';
import { absolute, paths } from '../model/paths.ts';

export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absolute(paths.sitemapIndex(), siteConfig.url)}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
