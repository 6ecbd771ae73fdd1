/**
 * The sitemap's pages for this build, from the one publication model: what production publishes
 * on this build's clock, even in a `--drafts` preview.
 */
import { isVisible } from '../model/briefings.ts';
import { sitemapChunks, sitemapPages, type SitemapPage } from '../model/sitemap.ts';
import { getPublication, visibility } from './publication.ts';

let chunks: Promise<SitemapPage[][]> | undefined;

/** The sitemap files' pages, worked out once per build. */
export function getSitemapChunks(): Promise<SitemapPage[][]> {
  chunks ??= getPublication().then(({ briefings, authors }) => {
    const production = { now: visibility.now, drafts: false, scheduled: false };
    return sitemapChunks(sitemapPages(briefings.filter((b) => isVisible(b, production)), [...authors.keys()]));
  });
  return chunks;
}
