/**
 * The card's small locator map: a pure function (countries, points) -> SVG string. Its geometry
 * (world-atlas 1:110m countries, lookup by ISO code, framing) comes from src/charts/geo.ts, the
 * module the event map uses; only the drawing is its own, because satori and resvg need a fixed,
 * tiny, text-free SVG with literal colours. No DOM, no fonts, no network, so the same input
 * always gives the same SVG.
 */
import { geoCentroid, geoPath, type GeoProjection } from 'd3-geo';
import type { Geometry } from 'geojson';
import { azimuthalView, countriesByCode, fitView, mainPart, reachesView, scaleForSpan, viewCircle, worldCountries, type CountryFeature } from '../charts/geo.ts';

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

/** The card's map size, label, zoom floor and palette. */
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

/** True when the input has anything the map can place (a known country or a point). */
export function hasLocatorMap(input: LocatorMapInput): boolean {
  return input.points.length > 0 || highlighted(input).length > 0;
}

/** The input's countries that the 1:110m atlas has. */
function highlighted(input: LocatorMapInput): CountryFeature[] {
  return countriesByCode(input.countries, '110m').map((c) => c.feature);
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Escapes text for an SVG text node or attribute. */
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/**
 * Frames the projection on the highlighted countries and points: an azimuthal equal-area view
 * centred on their centroid, zoomed to fit with a margin but never closer than `minSpanDegrees`.
 */
function frame(targets: Geometry[], options: LocatorMapOptions): GeoProjection {
  const { width, height, minSpanDegrees } = options;
  const collection: Geometry = { type: 'GeometryCollection', geometries: targets };
  const pad = Math.round(Math.min(width, height) * 0.14);
  const projection = azimuthalView(geoCentroid(collection), 0.5);
  return fitView(projection, collection, width, height, pad, scaleForSpan(minSpanDegrees, Math.min(width, height)));
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
  const view = viewCircle(projection);
  const land = worldCountries('110m')
    .filter((c) => !markedIds.has(c.feature.id) && reachesView(c, view))
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
