/**
 * Adapters from contract-shaped briefing events (content-model.md's `historicalContext[]`) to the
 * plain inputs of the timeline and the event map. Structural types only, so chart modules never
 * import the content schema and tests can pass literals.
 */
import type { Fatalities, Precision } from '../model/format.ts';
import type { MapPoint } from './event-map/index.ts';
import type { TimelineEvent } from './timeline.ts';

/** The fields of a briefing event the charts read (a subset of the schema's output). */
export interface ContractEvent {
  date: Date;
  reported?: Date | undefined;
  precision?: Precision | undefined;
  title: string;
  place?: { name: string; country: string; lat?: number | undefined; lon?: number | undefined } | undefined;
  type?: string | undefined;
  fatalities?: Fatalities | undefined;
  cites?: readonly string[] | undefined;
}

/** Briefing events as timeline events. */
export function toTimelineEvents(events: readonly ContractEvent[]): TimelineEvent[] {
  return events.map((e) => ({
    date: e.date,
    precision: e.precision ?? 'day',
    title: e.title,
    place: e.place?.name,
    fatalities: e.fatalities,
    reported: e.reported,
  }));
}

/** Briefing events that have coordinates, as map points (events without lat/lon are left out). */
export function toMapPoints(events: readonly ContractEvent[]): MapPoint[] {
  const points: MapPoint[] = [];
  for (const e of events) {
    const place = e.place;
    if (!place || place.lat === undefined || place.lon === undefined) continue;
    points.push({
      name: place.name,
      lat: place.lat,
      lon: place.lon,
      country: place.country,
      events: [{ date: e.date, precision: e.precision ?? 'day', title: e.title, fatalities: e.fatalities }],
    });
  }
  return points;
}

/** Source ids cited by the events, first-cited first, without repeats. */
export function citedSourceIds(events: readonly ContractEvent[]): string[] {
  const seen = new Set<string>();
  for (const e of events) for (const id of e.cites ?? []) seen.add(id);
  return [...seen];
}

/** A source as the figure's source line needs it. */
export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
}

/**
 * The "Source:" line of an events figure: the publishers of the cited sources, each once, in
 * first-cited order ("France 24; FDD's Long War Journal"). Empty when nothing is cited.
 */
export function sourceLine(ids: readonly string[], sources: readonly SourceRef[]): string {
  const publishers: string[] = [];
  for (const id of ids) {
    const source = sources.find((s) => s.id === id);
    if (source && !publishers.includes(source.publisher)) publishers.push(source.publisher);
  }
  return publishers.join('; ');
}
