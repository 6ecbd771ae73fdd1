/**
 * `/briefings/<slug>.json`: a briefing's frontmatter with ids resolved to names, dates as ISO
 * strings and judgements with their ICD 203 band. Every other export (GeoJSON, CSV, CSL-JSON,
 * STIX) is derived from this one object, so they cannot disagree about what a briefing says.
 */
import type { Actor } from '../../schemas/actor.ts';
import type { Author } from '../../schemas/author.ts';
import type { BriefingData } from '../../schemas/briefing.ts';
import type { Fatalities } from '../../schemas/event.ts';
import type { Region } from '../../schemas/region.ts';
import { RELIABILITY_MEANING } from '../../schemas/source.ts';
import { countryName } from '../countries.ts';
import { likelihoodBand } from '../estimative.ts';
import { absolute, paths } from '../paths.ts';
import type { BriefingExport } from './schema.ts';

/** The publication an export belongs to: its name and absolute base URL (with trailing slash). */
export interface ExportSite {
  name: string;
  url: string;
}

/** The other collections, by id; `Publication` from publication.ts fits as it is. */
export interface Lookups {
  authors: ReadonlyMap<string, { data: Author }>;
  regions: ReadonlyMap<string, { data: Region }>;
  actors: ReadonlyMap<string, { data: Actor }>;
}

/** A briefing as the collection holds it: the slug and the parsed frontmatter. */
export interface BriefingSource {
  id: string;
  data: BriefingData;
}

/**
 * A date as exported: `2024-10-10` when it is a calendar date (UTC midnight, which is how
 * `2024-10-10` is parsed), otherwise the full UTC datetime, so no time is invented or lost.
 */
export function exportDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A fatalities count as a range; a single count has low = high. */
export function fatalitiesRange(value: Fatalities): { low: number; high: number } {
  return typeof value === 'number' ? { low: value, high: value } : { low: value.low, high: value.high };
}

/** Builds the JSON export of one briefing. Key order is fixed, so the output is byte-stable. */
export function buildBriefingExport(briefing: BriefingSource, lookups: Lookups, site: ExportSite): BriefingExport {
  const { id: slug, data } = briefing;
  const url = (path: string) => absolute(path, site.url);
  const actorRef = (id: string) => {
    const actor = lookups.actors.get(id)?.data;
    return { id, name: actor?.name ?? id, kind: actor?.kind ?? 'other' };
  };
  const country = (code: string) => ({ code, name: countryName(code) });
  return {
    $schema: url(paths.briefingJsonSchema()),
    id: slug,
    url: url(paths.briefing(slug)),
    title: data.title,
    ...(data.dek !== undefined && { dek: data.dek }),
    published: exportDate(data.published),
    ...(data.updated && { updated: exportDate(data.updated) }),
    ...(data.dataCutoff && { dataCutoff: exportDate(data.dataCutoff) }),
    authors: data.authors.map((id) => {
      const author = lookups.authors.get(id)?.data;
      return {
        id,
        name: author?.name ?? id,
        ...(author?.role !== undefined && { role: author.role }),
        ...(author?.url !== undefined && { url: author.url }),
      };
    }),
    regions: data.regions.map((id) => ({ id, name: lookups.regions.get(id)?.data.name ?? id })),
    countries: data.countries.map(country),
    actors: data.actors.map((id) => {
      const actor = lookups.actors.get(id)?.data;
      return {
        ...actorRef(id),
        aliases: actor?.aliases ?? [],
        ...(actor?.description !== undefined && { description: actor.description }),
        url: url(paths.term('actor', id)),
      };
    }),
    tags: data.tags,
    overview: data.overview,
    intel: data.intel.map((item) => ({ finding: item.finding, cites: item.cites ?? [] })),
    historicalContext: data.historicalContext.map((event, index) => ({
      id: paths.eventAnchor(index + 1),
      date: exportDate(event.date),
      precision: event.precision,
      ...(event.reported && { reported: exportDate(event.reported) }),
      title: event.title,
      ...(event.place && {
        place: {
          name: event.place.name,
          country: country(event.place.country),
          ...(event.place.lat !== undefined && event.place.lon !== undefined && { lat: event.place.lat, lon: event.place.lon }),
        },
      }),
      actors: (event.actors ?? []).map(actorRef),
      ...(event.type && { type: event.type }),
      ...(event.fatalities !== undefined && { fatalities: fatalitiesRange(event.fatalities) }),
      cites: event.cites ?? [],
    })),
    strategicImpact: data.strategicImpact.map((item) => {
      const band = likelihoodBand(item.likelihood);
      return {
        judgement: item.judgement,
        likelihood: { id: band.id, term: band.term, low: band.low, high: band.high },
        confidence: item.confidence,
        cites: item.cites ?? [],
      };
    }),
    sources: data.sources.map((source) => ({
      id: source.id,
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      ...(source.published && { published: exportDate(source.published) }),
      ...(source.accessed && { accessed: exportDate(source.accessed) }),
      ...(source.archive !== undefined && { archive: source.archive }),
      ...(source.reliability && { reliability: { grade: source.reliability, meaning: RELIABILITY_MEANING[source.reliability] } }),
    })),
    corrections: data.corrections.map((c) => ({ date: exportDate(c.date), note: c.note })),
    exports: {
      geojson: url(paths.briefingEventsGeojson(slug)),
      csv: url(paths.briefingEventsCsv(slug)),
      sources: url(paths.briefingSourcesCsl(slug)),
      stix: url(paths.briefingStix(slug)),
    },
  };
}

/** Serialises an export the way every JSON file of the site is written: two-space indent, final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
