/**
 * Events as flat rows, ACLED-style, for the CSV and GeoJSON exports (per briefing and site-wide).
 * One row model serves both, so a spreadsheet and a GIS layer carry the same columns.
 *
 * Fatalities: `fatalities` is the low end of the range (ACLED's conservative convention) and
 * `fatalities_high` the high end; a single count fills both. Both are empty (CSV) or null
 * (GeoJSON) when the briefing gives no figure: unknown is not zero.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { EventType } from '../../schemas/event.ts';
import type { BriefingExport } from './schema.ts';

/** ACLED's labels for its event types, as its data files spell them. */
export const ACLED_EVENT_TYPES: Record<EventType, string> = {
  'battle': 'Battles',
  'explosion-remote-violence': 'Explosions/Remote violence',
  'violence-against-civilians': 'Violence against civilians',
  'protest': 'Protests',
  'riot': 'Riots',
  'strategic-development': 'Strategic developments',
};

/** Separator inside a cell that holds several values (actors, sources), as ACLED writes them. */
export const LIST_SEPARATOR = '; ';

/** One event, flat. Keys are the CSV header, in order. */
export interface EventRow {
  /** `<slug>-event-<n>`: unique site-wide, stable while the briefing's event order is. */
  event_id: string;
  /** `YYYY-MM-DD` (a month- or year-precision event is dated the 1st; see `date_precision`). */
  event_date: string;
  date_precision: 'day' | 'month' | 'year';
  reported_date: string | null;
  year: number;
  /** ACLED label ("Battles"). */
  event_type: string | null;
  /** First and second actor in the order the author listed them (not ACLED's initiator/target roles). */
  actor1: string | null;
  actor2: string | null;
  /** Every actor, `; `-separated. */
  actors: string | null;
  /** ISO 3166-1 alpha-2 code and name of the place's country. */
  iso: string | null;
  country: string | null;
  location: string | null;
  latitude: number | null;
  longitude: number | null;
  fatalities: number | null;
  fatalities_high: number | null;
  /** The event's title. */
  notes: string;
  /** Publishers of the cited sources, `; `-separated; `source_url` their URLs in the same order. */
  source: string | null;
  source_url: string | null;
  briefing: string;
  briefing_url: string;
  event_url: string;
}

/** The CSV header, in column order. */
export const EVENT_COLUMNS = [
  'event_id', 'event_date', 'date_precision', 'reported_date', 'year', 'event_type', 'actor1', 'actor2', 'actors',
  'iso', 'country', 'location', 'latitude', 'longitude', 'fatalities', 'fatalities_high', 'notes', 'source',
  'source_url', 'briefing', 'briefing_url', 'event_url',
] as const satisfies readonly (keyof EventRow)[];

const list = (values: readonly string[]) => (values.length ? values.join(LIST_SEPARATOR) : null);

/** Rows for the events of the given briefings, oldest first (ties: briefing slug, then authored order). */
export function eventRows(briefings: readonly BriefingExport[]): EventRow[] {
  const rows = briefings.flatMap((briefing) => briefing.historicalContext.map((event, index) => {
    const sources = event.cites.map((id) => briefing.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
    const hasPoint = event.place?.lat !== undefined && event.place.lon !== undefined;
    const row: EventRow = {
      event_id: `${briefing.id}-${event.id}`,
      event_date: event.date.slice(0, 10),
      date_precision: event.precision,
      reported_date: event.reported?.slice(0, 10) ?? null,
      year: Number(event.date.slice(0, 4)),
      event_type: event.type ? ACLED_EVENT_TYPES[event.type] : null,
      actor1: event.actors[0]?.name ?? null,
      actor2: event.actors[1]?.name ?? null,
      actors: list(event.actors.map((a) => a.name)),
      iso: event.place?.country.code ?? null,
      country: event.place?.country.name ?? null,
      location: event.place?.name ?? null,
      latitude: hasPoint ? event.place!.lat! : null,
      longitude: hasPoint ? event.place!.lon! : null,
      fatalities: event.fatalities?.low ?? null,
      fatalities_high: event.fatalities?.high ?? null,
      notes: event.title,
      source: list(sources.map((s) => s.publisher)),
      source_url: list(sources.map((s) => s.url)),
      briefing: briefing.title,
      briefing_url: briefing.url,
      event_url: `${briefing.url}#${event.id}`,
    };
    return { row, date: event.date, slug: briefing.id, index };
  }));
  rows.sort((a, b) => compare(a.date, b.date) || compare(a.slug, b.slug) || a.index - b.index);
  return rows.map((r) => r.row);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Properties of a GeoJSON event: the row without its coordinates, which are the geometry. */
export type EventProperties = Omit<EventRow, 'latitude' | 'longitude'>;

/**
 * A GeoJSON FeatureCollection (RFC 7946) of the events that have coordinates, as Points
 * `[longitude, latitude]`; events without coordinates are in the CSV only.
 */
export function eventsGeojson(rows: readonly EventRow[]): FeatureCollection<Point, EventProperties> {
  return {
    type: 'FeatureCollection',
    features: rows.flatMap((row) => {
      const { latitude, longitude, ...properties } = row;
      if (latitude === null || longitude === null) return [];
      return [{ type: 'Feature' as const, id: row.event_id, geometry: { type: 'Point' as const, coordinates: [longitude, latitude] }, properties }];
    }),
  };
}

/** The rows as CSV with the header line (dialect: `formatCsv`). */
export function eventsCsv(rows: readonly EventRow[]): string {
  return formatCsv([EVENT_COLUMNS, ...rows.map((row) => EVENT_COLUMNS.map((column) => row[column]))]);
}

/**
 * RFC 4180 CSV: comma-separated, CRLF line ends (also after the last line), a field quoted when
 * it holds a comma, a quote or a line break, quotes doubled; null is an empty field. UTF-8 without
 * a byte-order mark, so the header's first name reads `event_id` in every parser.
 *
 * Text that a spreadsheet would run as a formula is neutralised (`neutraliseFormula`); numbers
 * are written as they are, so a longitude of -8.07 stays a number.
 */
export function formatCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The characters a spreadsheet reads as the start of a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that Excel, LibreOffice or Google Sheets would evaluate (`=HYPERLINK(…)`, `@SUM(…)`,
 * `+1`, `-1`, or one of those behind a tab or carriage return) gets a leading `'`, so it is shown
 * as the text the author wrote and never runs: the OWASP recommendation. Other text is unchanged.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = neutraliseFormula(value);
  // A neutralised cell is always quoted, as OWASP advises, so no parser splits it before the `'`.
  return text !== value || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
