/**
 * World geometry shared by the event map (src/charts/event-map/) and the social card's locator
 * map (src/cards/locator-map.ts): the world-atlas (Natural Earth) topologies decoded once per
 * process, countries looked up by ISO alpha-2 code, the part of a country that frames a view, and
 * an azimuthal equal-area view fitted to what it shows. Geometry only: each map draws and styles
 * its own output. No DOM, no network.
 */
import { createRequire } from 'node:module';
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoDistance, geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryNumeric } from '../model/countries.ts';

// The atlases are read when first needed rather than imported: the card workers only ever draw
// at 1:110m and need not parse the 750 kB 1:50m file.
const require = createRequire(import.meta.url);

/** Natural Earth scale of the borders drawn. */
export type Resolution = '50m' | '110m';

/** A world-atlas country: its outline, English name and ISO 3166-1 numeric id ("466"). */
export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }> & { id?: string | number };

/** A country with a bounding circle, so a map can skip it cheaply when it is off view. */
export interface Country {
  feature: CountryFeature;
  /** Centroid, [lon, lat]. */
  centre: [number, number];
  /** Bounding circle radius around `centre`, in radians. */
  radius: number;
}

const countriesCache = new Map<Resolution, Country[]>();
let landCache: Geometry | undefined;

/** The world's countries at a resolution, with bounding circles, computed once per process. */
export function worldCountries(resolution: Resolution): Country[] {
  let cached = countriesCache.get(resolution);
  if (!cached) {
    const atlas: unknown = resolution === '50m' ? require('world-atlas/countries-50m.json') : require('world-atlas/countries-110m.json');
    const topology = atlas as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const features = (feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features as CountryFeature[];
    cached = features.map((f) => {
      const centre = geoCentroid(f);
      let radius = 0;
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const polygon of polygons) for (const ring of polygon) for (const p of ring) radius = Math.max(radius, geoDistance(centre, p as [number, number]));
      return { feature: f, centre, radius };
    });
    countriesCache.set(resolution, cached);
  }
  return cached;
}

/** World land at 1:110m as one geometry, for small-scale views such as a globe inset. */
export function worldLand(): Geometry {
  if (!landCache) {
    const topology = require('world-atlas/land-110m.json') as Topology<{ land: GeometryCollection }>;
    const fc = feature(topology, topology.objects.land) as FeatureCollection;
    landCache = { type: 'GeometryCollection', geometries: fc.features.map((f) => f.geometry) };
  }
  return landCache;
}

/**
 * The countries of ISO alpha-2 `codes` at a resolution, in atlas order. Unknown codes and
 * countries the atlas lacks at that scale (the smallest states at 1:110m) are left out.
 */
export function countriesByCode(codes: readonly string[], resolution: Resolution): Country[] {
  const ids = new Set(codes.map((code) => countryNumeric(code)).filter((id): id is string => id !== undefined));
  return worldCountries(resolution).filter((c) => c.feature.id !== undefined && ids.has(String(c.feature.id)));
}

/**
 * The largest polygon of a country: France's or Norway's overseas parts would otherwise stretch
 * the view across an ocean. Only for framing a view; the whole country is still drawn.
 */
export function mainPart(f: CountryFeature): Polygon {
  if (f.geometry.type === 'Polygon') return f.geometry;
  let best: Polygon = { type: 'Polygon', coordinates: f.geometry.coordinates[0]! };
  let bestArea = -1;
  for (const coordinates of f.geometry.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

/**
 * An azimuthal equal-area projection centred on `centre` ([lon, lat]): no antimeridian seam and
 * little distortion at regional scale, which suits a locator map.
 */
export function azimuthalView(centre: readonly [number, number], precision: number): GeoProjection {
  return geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).clipAngle(90).precision(precision);
}

/**
 * The azimuthal equal-area scale at which `spanDegrees` of arc fill `side` px: the most a view may
 * zoom in, so a lone point or a small country keeps some context. (That projection puts a point at
 * angular distance c from the centre at radius 2·sin(c/2)·scale.)
 */
export function scaleForSpan(spanDegrees: number, side: number): number {
  return side / (4 * Math.sin((spanDegrees * Math.PI) / 180 / 4));
}

/**
 * Fits `projection` to `object` inside a `width` × `height` view less `padding` on each side, but
 * no closer than `maxScale` (then centred on the view), and clips it to the view.
 */
export function fitView(projection: GeoProjection, object: Geometry, width: number, height: number, padding: number, maxScale: number): GeoProjection {
  projection.fitExtent([[padding, padding], [width - padding, height - padding]], object);
  if (!Number.isFinite(projection.scale()) || projection.scale() > maxScale) projection.scale(maxScale).translate([width / 2, height / 2]);
  return projection.clipExtent([[0, 0], [width, height]]);
}

/** The part of the globe a projected view can show: a circle around the projection's centre. */
export interface ViewCircle {
  /** Centre of the projection, [lon, lat]. */
  centre: [number, number];
  /** Angular distance from the centre to the view's top-left corner, in radians. */
  radius: number;
}

/** The view circle of a rotated, clipped projection (its radius is π when it cannot be inverted). */
export function viewCircle(projection: GeoProjection): ViewCircle {
  const rotation = projection.rotate();
  const centre: [number, number] = [-rotation[0], -rotation[1]];
  const corner = projection.invert?.([0, 0]);
  return { centre, radius: corner ? geoDistance(centre, corner) : Math.PI };
}

/**
 * True when a country's bounding circle reaches the view: projecting and clipping the whole world
 * for a regional map is most of a map's cost.
 */
export function reachesView(country: Country, view: ViewCircle): boolean {
  return geoDistance(view.centre, country.centre) - country.radius < view.radius;
}

/**
 * A country as a projection draws it: the clipped, resampled outline in view pixels, as a planar
 * MultiPolygon. `geoPath()` (no projection) measures and draws it exactly as
 * `geoPath(projection)` would the country, because it replays the very stream of points the
 * projection emitted.
 */
export type ProjectedShape = MultiPolygon;

/**
 * Projects each feature once through `projection` and remembers the result, so a map that
 * measures a country (area, centroid, for its label) and then draws it pays for projecting and
 * clipping it once. Projecting and clipping 1:50m borders is most of a regional map's cost.
 */
export function projectOnce(projection: GeoProjection): (feature: CountryFeature) => ProjectedShape {
  const shapes = new WeakMap<CountryFeature, ProjectedShape>();
  return (feature) => {
    let shape = shapes.get(feature);
    if (!shape) {
      shape = { type: 'MultiPolygon', coordinates: recordPolygons(projection, feature) };
      shapes.set(feature, shape);
    }
    return shape;
  };
}

/**
 * The polygons `projection.stream` emits for a (multi)polygon, grouped as the stream grouped
 * them. Each ring gets its first point appended, GeoJSON's closing point, which `geoStream`
 * drops again when the shape is replayed.
 */
function recordPolygons(projection: GeoProjection, feature: CountryFeature): MultiPolygon['coordinates'] {
  const polygons: MultiPolygon['coordinates'] = [];
  let polygon: [number, number][][] | undefined;
  let ring: [number, number][] | undefined;
  const sink: GeoStream = {
    point(x, y) {
      ring?.push([x, y]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      if (polygon && ring?.length) polygon.push([...ring, ring[0]!]);
      ring = undefined;
    },
    polygonStart() {
      polygon = [];
    },
    polygonEnd() {
      if (polygon?.length) polygons.push(polygon);
      polygon = undefined;
    },
    sphere() {},
  };
  geoStream(feature, projection.stream(sink));
  return polygons;
}
