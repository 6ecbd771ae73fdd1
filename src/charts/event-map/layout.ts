/**
 * The event map's layout: the projection centred on and fitted to the events plus the briefing's
 * countries (an azimuthal equal-area view for a region, Equal Earth for targets on several
 * continents), the markers, the corners taken by the inset and the scale bar, and the labels.
 */
import { geoCentroid, geoDistance, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { Geometry } from 'geojson';
import { azimuthalView, countriesByCode, fitView, mainPart, projectOnce, reachesView, scaleForSpan, viewCircle, worldCountries, type Country, type CountryFeature, type ProjectedShape, type Resolution } from '../geo.ts';
import { overlaps, withDefaults, type Box } from '../svg.ts';
import { defaults, mergePoints, POINT_R, type EventMapData, type EventMapOptions, type Marker } from './data.ts';
import { INSET_SIZE } from './inset.ts';
import { clusterLabel, placeCountryLabels, placePointLabels, type LabelSpace, type MapLabel } from './labels.ts';

/** The computed map: exported so tests can check the fit and the label placement. */
export interface EventMapLayout {
  width: number;
  /** Height of the map itself (the legend goes below). */
  mapHeight: number;
  height: number;
  projection: GeoProjection;
  /** A country as `projection` draws it, projected and clipped once for labelling and drawing. */
  shape: (feature: CountryFeature) => ProjectedShape;
  /** Markers: places closer than a marker's radius share one, labelled for all of them. */
  points: Marker[];
  highlighted: CountryFeature[];
  /** Border detail used: 1:50m for regional views, 1:110m for continental or world views. */
  resolution: Resolution;
  /** Azimuthal regional view (true) or Equal Earth world view (false). */
  regional: boolean;
  labels: MapLabel[];
  /** Point names that found no free spot (listed in the table, not drawn). */
  unlabelled: string[];
  inset?: Box | undefined;
  scaleBar?: { x: number; y: number; length: number; km: number } | undefined;
}

/** Bounding radius (radians) above which a country frames by its centre: about 20°. */
const BIG_COUNTRY = 0.35;
const LEGEND_HEIGHT = 26;
/** Beyond this spread a regional azimuthal view gives way to a world (Equal Earth) view. */
const REGIONAL_SPREAD = (55 * Math.PI) / 180;

/** The spherical mean of [lon, lat] positions (each counts once, whatever its size). */
function sphericalMean(positions: readonly [number, number][]): [number, number] {
  let x = 0, y = 0, z = 0;
  for (const [lon, lat] of positions) {
    const l = (lon * Math.PI) / 180, p = (lat * Math.PI) / 180;
    x += Math.cos(p) * Math.cos(l);
    y += Math.cos(p) * Math.sin(l);
    z += Math.sin(p);
  }
  const norm = Math.hypot(x, y, z);
  if (norm < 1e-9) return positions[0] ?? [0, 0];
  return [(Math.atan2(y, x) * 180) / Math.PI, (Math.asin(z / norm) * 180) / Math.PI];
}

/** Farthest angular distance (radians) of any vertex of the targets from `centre`. */
function spread(centre: [number, number], targets: readonly Geometry[]): number {
  let max = 0;
  const visit = (coords: unknown): void => {
    if (typeof (coords as number[])[0] === 'number') max = Math.max(max, geoDistance(centre, coords as [number, number]));
    else for (const c of coords as unknown[]) visit(c);
  };
  for (const g of targets) if ('coordinates' in g) visit(g.coordinates);
  return max;
}

/**
 * Frames the projection on the targets, its height following their shape. Regional views use an
 * azimuthal equal-area projection centred on the targets (no seams, little distortion); targets
 * on several continents (Yemen, the UK and the US) get an Equal Earth world view instead.
 */
function frame(targets: readonly Geometry[], anchors: readonly [number, number][], o: EventMapOptions): { projection: GeoProjection; height: number; regional: boolean } {
  const collection = { type: 'GeometryCollection', geometries: [...targets] } as Geometry;
  const centre = sphericalMean(anchors);
  const regional = spread(centre, targets) <= REGIONAL_SPREAD;
  const projection = regional ? azimuthalView(centre, 0.3) : geoEqualEarth().rotate([-centre[0], 0]).precision(0.3);
  const maxScale = regional ? scaleForSpan(o.minSpanDegrees, o.width) : Infinity;
  projection.fitWidth(o.width - 2 * o.padding, collection);
  if (!Number.isFinite(projection.scale()) || projection.scale() > maxScale) projection.scale(maxScale);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  const height = Math.round(Math.min(o.maxHeight, Math.max(o.minHeight, y1 - y0 + 2 * o.padding)));
  fitView(projection, collection, o.width, height, o.padding, maxScale);
  return { projection, height, regional };
}

/** Ground distance per px at a point of the map, from two points 100 px apart. */
function kmPerPixel(projection: GeoProjection, x: number, y: number): number | undefined {
  const a = projection.invert?.([x - 50, y]);
  const b = projection.invert?.([x + 50, y]);
  if (!a || !b || !a.every(Number.isFinite) || !b.every(Number.isFinite)) return undefined;
  return (geoDistance(a, b) * 6371.0088) / 100;
}

/** A nice round distance (1, 2 or 5 × 10ⁿ km) drawn no longer than `maxPx`. */
function niceKm(kmPerPx: number, maxPx: number): number {
  const target = kmPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(target));
  for (const m of [5, 2, 1]) if (m * pow <= target) return m * pow;
  return pow;
}

/** The countries drawn around the highlighted ones: all on a world view, those that reach a regional one. */
export function neighboursInView(layout: Pick<EventMapLayout, 'highlighted' | 'projection' | 'resolution' | 'regional'>): Country[] {
  const view = viewCircle(layout.projection);
  const marked = new Set(layout.highlighted.map((f) => String(f.id)));
  return worldCountries(layout.resolution).filter((c) => !marked.has(String(c.feature.id)) && (!layout.regional || reachesView(c, view)));
}

/** Lays the map out: projection, points, inset, scale bar and labels. */
export function eventMapLayout(data: EventMapData, options: Partial<EventMapOptions> = {}): EventMapLayout {
  const o = withDefaults(defaults, options);
  const points = mergePoints(data.points);
  const highlightedCountries = countriesByCode(data.countries, '50m');
  const severalCountries = highlightedCountries.length > 1;
  const geometries: Geometry[] = [];
  const anchors: [number, number][] = [];
  for (const c of highlightedCountries) {
    const part = mainPart(c.feature);
    const centre = geoCentroid(part);
    // Beside other countries, one larger than a region (Russia, the US) frames by the centre of its
    // main part only; otherwise it would shrink the others to dots.
    geometries.push(severalCountries && c.radius > BIG_COUNTRY ? { type: 'Point', coordinates: centre } : part);
    anchors.push(centre);
  }
  for (const p of points) {
    geometries.push({ type: 'Point', coordinates: [p.lon, p.lat] });
    anchors.push([p.lon, p.lat]);
  }
  if (!geometries.length) {
    geometries.push({ type: 'Sphere' } as unknown as Geometry);
    anchors.push([0, 0]);
  }
  const { projection, height: mapHeight, regional } = frame(geometries, anchors, o);
  const kmPerPx = kmPerPixel(projection, o.width / 2, mapHeight / 2);
  const resolution: Resolution = o.resolution === 'auto' ? (kmPerPx && kmPerPx * o.width <= 4000 ? '50m' : '110m') : o.resolution;
  const highlighted = highlightedCountries.map((c) => c.feature);
  const shape = projectOnce(projection);

  // Places closer than a marker's radius are one marker: "Kati and Bamako", "Washington, D.C. and 5 nearby".
  const placed: Marker[] = [];
  for (const point of points) {
    const xy = projection([point.lon, point.lat]);
    if (!xy || !Number.isFinite(xy[0])) continue;
    const near = placed.find((p) => Math.hypot(p.x - xy[0], p.y - xy[1]) < POINT_R);
    if (near) near.members.push(point);
    else placed.push({ point, members: [point], label: point.name, x: xy[0], y: xy[1] });
  }
  for (const p of placed) p.label = clusterLabel(p.members);

  const obstacles: Box[] = placed.map((p) => ({ x: p.x - POINT_R - 1, y: p.y - POINT_R - 1, width: 2 * POINT_R + 2, height: 2 * POINT_R + 2 }));
  const inView = (b: Box) => b.x >= 3 && b.y >= 3 && b.x + b.width <= o.width - 3 && b.y + b.height <= mapHeight - 3;
  const space: LabelSpace = { obstacles, free: (b: Box) => inView(b) && !obstacles.some((ob) => overlaps(ob, b)) };

  // Corners for the inset and the scale bar: the first with no point under it.
  const corners = (w: number, h: number): Box[] => [
    { x: o.width - w - 8, y: mapHeight - h - 8, width: w, height: h },
    { x: o.width - w - 8, y: 8, width: w, height: h },
    { x: 8, y: mapHeight - h - 8, width: w, height: h },
    { x: 8, y: 8, width: w, height: h },
  ];
  let inset: Box | undefined;
  if (o.inset && regional && (points.length || highlighted.length)) {
    inset = corners(INSET_SIZE, INSET_SIZE).find(space.free);
    if (inset) obstacles.push(inset);
  }
  let scaleBar: EventMapLayout['scaleBar'];
  // A scale bar only where scale is near constant: not on a world view.
  if (o.scaleBar && regional && kmPerPx) {
    const km = niceKm(kmPerPx, 110);
    const length = km / kmPerPx;
    // Bottom left first, where readers look for it; then the other corners.
    const [br, tr, bl, tl] = corners(length + 8, 30);
    const spot = [bl!, tl!, br!, tr!].find(space.free);
    if (spot) {
      scaleBar = { x: spot.x + 4, y: spot.y + 20, length, km };
      obstacles.push(spot);
    }
  }

  const { labels, unlabelled } = placePointLabels(placed, space);
  if (o.countryLabels) {
    const neighbours = neighboursInView({ highlighted, projection, resolution, regional });
    labels.push(...placeCountryLabels({ highlighted, neighbours, codes: data.countries, shape }, space));
  }

  return {
    width: o.width,
    mapHeight,
    height: mapHeight + (o.legend ? LEGEND_HEIGHT : 0),
    projection,
    shape,
    points: placed,
    highlighted,
    resolution,
    regional,
    labels,
    unlabelled,
    inset,
    scaleBar,
  };
}
