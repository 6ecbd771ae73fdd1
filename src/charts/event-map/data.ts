/**
 * What the event map is given: its data, its options with their defaults, the sizes its layout and
 * drawing share, and the clean-up of points (bad coordinates dropped, one place listed once).
 */
import type { Fatalities, Precision } from '../../model/format.ts';
import type { Resolution } from '../geo.ts';

/** An event as listed under a map point. */
export interface MapPointEvent {
  date: Date;
  precision?: Precision | undefined;
  title: string;
  fatalities?: Fatalities | undefined;
}

/** A place on the map, with the events that happened there. */
export interface MapPoint {
  /** Place name: the point's label. */
  name: string;
  lat: number;
  lon: number;
  /** ISO alpha-2 code of the country. */
  country?: string | undefined;
  events?: MapPointEvent[] | undefined;
}

/** What the map shows. */
export interface EventMapData {
  points: readonly MapPoint[];
  /** ISO 3166-1 alpha-2 codes of the briefing's countries: highlighted and always in view. */
  countries: readonly string[];
}

/** Options of the event map; every field has a default in `defaults`. */
export interface EventMapOptions {
  /** Base for element ids; unique per page. */
  id: string;
  /** Accessible name (<title>). */
  title: string;
  /** Text alternative (<desc>); generated when empty. */
  description: string;
  /** viewBox width in px. */
  width: number;
  /** Smallest and largest map height; the map takes the aspect of what it shows in between. */
  minHeight: number;
  maxHeight: number;
  /** Margin around the fitted area, in px. */
  padding: number;
  /** Smallest span shown in degrees of arc, so a lone point keeps some context. */
  minSpanDegrees: number;
  /** Vertices closer than this many px are merged (screen-space simplification). */
  tolerance: number;
  /** Border detail: `auto` takes 1:50m for views under ~4,000 km across, else 1:110m. */
  resolution: Resolution | 'auto';
  /** Draw the small globe locating the area. */
  inset: boolean;
  /** Draw a scale bar. */
  scaleBar: boolean;
  /** Name the highlighted countries, and neighbours where there is room. */
  countryLabels: boolean;
  /** Show the key under the map. */
  legend: boolean;
}

/** Defaults, including the accessible label. */
export const defaults: EventMapOptions = {
  id: 'event-map',
  title: 'Map of events',
  description: '',
  width: 640,
  minHeight: 280,
  maxHeight: 520,
  padding: 28,
  minSpanDegrees: 6,
  tolerance: 0.9,
  resolution: 'auto',
  inset: true,
  scaleBar: true,
  countryLabels: true,
  legend: true,
};

/** Radius of a point's marker, in px. */
export const POINT_R = 4.5;
/** Font size of point labels. */
export const LABEL_SIZE = 12;
/** Font size of country names. */
export const COUNTRY_SIZE = 10.5;

/** Points with valid coordinates, merged when several events share a place. */
export function mergePoints(points: readonly MapPoint[]): MapPoint[] {
  const byKey = new Map<string, MapPoint>();
  for (const p of points) {
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon) || Math.abs(p.lat) > 90 || Math.abs(p.lon) > 180) continue;
    const key = `${p.name}|${p.lat}|${p.lon}`;
    const seen = byKey.get(key);
    if (seen) seen.events = [...(seen.events ?? []), ...(p.events ?? [])];
    else byKey.set(key, { ...p, events: [...(p.events ?? [])] });
  }
  return [...byKey.values()];
}

/** A marker: places closer than a marker's radius share one, labelled for all of them. */
export interface Marker {
  point: MapPoint;
  members: MapPoint[];
  label: string;
  x: number;
  y: number;
}
