/**
 * The export endpoints' one way into the publication: every visible briefing as its JSON export
 * (newest first), built once per build. The builders beside this file stay pure; this module is
 * the only one here that reads the collections.
 */
import { siteConfig } from './config.ts';
import { getPublication, withCacheKey } from './publication.ts';
import { buildBriefingExport, type ExportSite } from '../model/exports/briefing-json.ts';
import type { BriefingExport } from '../model/exports/schema.ts';

/** The publication as exports name it. */
export const exportSite: ExportSite = { name: siteConfig.name, url: siteConfig.url };

let cache: Promise<BriefingExport[]> | undefined;

/** Every visible briefing's export, newest first. */
export function getBriefingExports(): Promise<BriefingExport[]> {
  cache ??= getPublication().then((publication) =>
    publication.briefings.map((briefing) => buildBriefingExport(briefing, publication, exportSite)));
  return cache;
}

/** `getStaticPaths` for per-briefing export endpoints: one path per visible briefing. */
export async function exportPaths() {
  return withCacheKey((await getBriefingExports()).map((briefing) => ({ params: { slug: briefing.id }, props: { briefing } })));
}
