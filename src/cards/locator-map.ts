/**
 * The card's small locator map: a pure function (countries, points) -> SVG string, drawn from
 * world-atlas's 110m countries with d3-geo. No DOM, no fonts (it has no text), no network, so
 * the same input always gives the same SVG. Kept here rather than in src/charts/ because the
 * card needs a fixed, tiny, text-free variant; it can move there if the event map grows one.
 */
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { countryNumeric } from '../lib/countries.ts';

/** What the map shows: ISO alpha-2 countries to highlight and [lon, lat] event points. */
export interface LocatorMapInput {
  countries: readonly string[];
  points: readonly (readonly [number, number])[];
}

/** Drawing options; the defaults are the card's palette. */
export interface LocatorMapOptions {
  width: number;
  height: number;
  /** Accessible name, written as the SVG's <title>. */
  label: string;
  /** Smallest span shown, in degrees of arc, so one point or a small country keeps some context. */
  minSpanDegrees: number;
  colors: { sea: string; land: string; border: string; highlight: string; highlightBorder: string; point: string; pointHalo: string; frame: string };
}

export const locatorMapDefaults: LocatorMapOptions = {
  width: 360,
  height: 360,
  label: 'Locator map',
  minSpanDegrees: 14,
  colors: {
    sea: '#f3efe6',
    land: '#e2dccf',
    border: '#f3efe6',
    highlight: '#d9a79f',
    highlightBorder: '#9b1c1c',
    point: '#9b1c1c',
    pointHalo: '#faf8f3',
    frame: '#d6cfc0',
  },
};

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }> & { id?: string | number };

/** A country with a bounding circle (centre, radius in radians) to skip it cheaply when off view. */
interface Country {
  feature: CountryFeature;
  centre: [number, number];
  radius: number;
}

let countries: Country[] | undefined;

/** The 110m countries as GeoJSON with their bounding circles, computed once per process. */
function worldCountries(): Country[] {
  if (!countries) {
    const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const features = (feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features as CountryFeature[];
    countries = features.map((f) => {
      const centre = geoCentroid(f);
      const rings = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      let radius = 0;
      for (const polygon of rings) for (const ring of polygon) for (const point of ring) radius = Math.max(radius, geoDistance(centre, point as [number, number]));
      return { feature: f, centre, radius };
    });
  }
  return countries;
}

/** True when the input has anything the map can place (a known country or a point). */
export function hasLocatorMap(input: LocatorMapInput): boolean {
  return input.points.length > 0 || highlighted(input).length > 0;
}

function highlighted(input: LocatorMapInput): CountryFeature[] {
  const ids = new Set(input.countries.map((code) => countryNumeric(code)).filter((id): id is string => id !== undefined));
  return worldCountries().map((c) => c.feature).filter((f) => f.id !== undefined && ids.has(String(f.id)));
}

/**
 * The largest polygon of a country: France's or Norway's overseas parts would otherwise stretch
 * the view across an ocean. Only used to frame the view; the whole country is still drawn.
 */
function mainPart(f: CountryFeature): Geometry {
  if (f.geometry.type !== 'MultiPolygon') return f.geometry;
  let best: Polygon = { type: 'Polygon', coordinates: f.geometry.coordinates[0]! };
  let bestArea = -1;
  for (const coordinates of f.geometry.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Escapes text for an SVG text node or attribute. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * Frames the projection on the highlighted countries and points: an azimuthal equal-area view
 * centred on them (no antimeridian seam, little distortion at regional scale), zoomed to fit with
 * a margin but never closer than `minSpanDegrees`.
 */
function frame(targets: Geometry[], options: LocatorMapOptions): GeoProjection {
  const { width, height, minSpanDegrees } = options;
  const collection = { type: 'GeometryCollection', geometries: targets } as const;
  const [lon, lat] = geoCentroid(collection);
  const pad = Math.round(Math.min(width, height) * 0.14);
  const projection = geoAzimuthalEqualArea().rotate([-lon, -lat]).clipAngle(90).precision(0.5);
  projection.fitExtent([[pad, pad], [width - pad, height - pad]], collection);
  // The scale at which `minSpanDegrees` of arc fill the shorter side (this projection puts a point
  // at angular distance c from the centre at radius 2·sin(c/2)·scale).
  const arc = (minSpanDegrees * Math.PI) / 180;
  const maxScale = Math.min(width, height) / (4 * Math.sin(arc / 4));
  if (!Number.isFinite(projection.scale()) || projection.scale() > maxScale) {
    projection.scale(maxScale).translate([width / 2, height / 2]);
  }
  return projection.clipExtent([[0, 0], [width, height]]);
}

/**
 * The locator map as a standalone SVG document, or undefined when nothing can be placed (no
 * known country, no point). Countries absent from the 110m atlas (the smallest states) are
 * skipped; their events' points still show.
 */
export function locatorMap(input: LocatorMapInput, options: Partial<LocatorMapOptions> = {}): string | undefined {
  const o: LocatorMapOptions = { ...locatorMapDefaults, ...options, colors: { ...locatorMapDefaults.colors, ...options.colors } };
  const marked = highlighted(input);
  const points = input.points.filter(([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180);
  const targets: Geometry[] = [...marked.map(mainPart), ...points.map(([lon, lat]) => ({ type: 'Point', coordinates: [lon, lat] }) as Geometry)];
  if (!targets.length) return undefined;
  const projection = frame(targets, o);
  const path = geoPath(projection).digits(1);
  const markedIds = new Set(marked.map((f) => f.id));
  // Only countries whose bounding circle reaches the view's: projecting and clipping the whole
  // world for a regional map is most of the map's cost.
  const rotation = projection.rotate();
  const centre: [number, number] = [-rotation[0], -rotation[1]];
  const corner = projection.invert?.([0, 0]);
  const view = corner ? geoDistance(centre, corner) : Math.PI;
  const land = worldCountries()
    .filter((c) => !markedIds.has(c.feature.id) && geoDistance(centre, c.centre) - c.radius < view)
    .map((c) => path(c.feature))
    .filter(Boolean)
    .join('');
  const highlight = marked.map((f) => path(f)).filter(Boolean).join('');
  const r = Math.max(4, Math.round(Math.min(o.width, o.height) / 48));
  const dots = points
    .map(([lon, lat]) => projection([lon, lat]))
    .filter((p): p is [number, number] => p !== null && p[0] >= 0 && p[0] <= o.width && p[1] >= 0 && p[1] <= o.height)
    .map(([x, y]) => `<circle cx="${round(x)}" cy="${round(y)}" r="${r}"/>`)
    .join('');
  const c = o.colors;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" role="img">`,
    `<title>${escapeXml(o.label)}</title>`,
    `<rect width="${o.width}" height="${o.height}" fill="${c.sea}"/>`,
    land && `<path d="${land}" fill="${c.land}" stroke="${c.border}" stroke-width="1" stroke-linejoin="round"/>`,
    highlight && `<path d="${highlight}" fill="${c.highlight}" stroke="${c.highlightBorder}" stroke-width="1.5" stroke-linejoin="round"/>`,
    dots && `<g fill="${c.point}" stroke="${c.pointHalo}" stroke-width="2">${dots}</g>`,
    `<rect x="0.5" y="0.5" width="${o.width - 1}" height="${o.height - 1}" fill="none" stroke="${c.frame}"/>`,
    '</svg>',
  ].join('');
}

/** The map as a `data:` URI, for an <img> in the card template. */
export function locatorMapDataUri(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
