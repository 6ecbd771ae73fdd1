/**
 * `/briefings/<slug>/sources.json`: a briefing's sources as CSL-JSON, the format reference
 * managers (Zotero, Pandoc citeproc) import. The content model has no document type for a source,
 * so every item is a `webpage`, which is what every source is: an http(s) URL.
 */
import type { ExportSource } from './schema.ts';

/** A CSL date: `{ "date-parts": [[year, month, day]] }`. */
export interface CslDate {
  'date-parts': [[number, number, number]];
}

/** The CSL-JSON item fields this export writes. */
export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  /** The publisher: for a web page, the site it appeared on. */
  'container-title': string;
  URL: string;
  issued?: CslDate;
  accessed?: CslDate;
  /** Reliability grade and archived copy, which CSL has no field for. */
  note?: string;
}

/** A CSL date from an exported date string (`2024-01-16` or a UTC datetime). */
export function cslDate(date: string): CslDate {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[year, month, day]] };
}

/** CSL-JSON items for the sources, in the briefing's order; ids are the source ids. */
export function buildCslJson(sources: readonly ExportSource[]): CslItem[] {
  return sources.map((source) => {
    const notes = [
      source.reliability && `Admiralty reliability ${source.reliability.grade} (${source.reliability.meaning}).`,
      source.archive && `Archived copy: ${source.archive}`,
    ].filter(Boolean);
    return {
      id: source.id,
      type: 'webpage',
      title: source.title,
      'container-title': source.publisher,
      URL: source.url,
      ...(source.published && { issued: cslDate(source.published) }),
      ...(source.accessed && { accessed: cslDate(source.accessed) }),
      ...(notes.length > 0 && { note: notes.join(' ') }),
    };
  });
}
