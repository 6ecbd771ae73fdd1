/**
 * EventMap: a locator map of a briefing's events that have coordinates. Country outlines (Natural
 * Earth 1:50m or 1:110m) and the fitted azimuthal equal-area view come from ./geo.ts, shared with
 * the social card's locator map; the projection is centred on and fitted to the events plus the
 * briefing's countries (highlighted), clipped to the view and simplified in screen space. Point labels are placed greedily among eight candidate
 * positions (then eight farther ones with a leader line) so none overlap; a small globe inset and
 * a scale bar say where and how big the area is.
 */
import { geoCentroid, geoDistance, geoEqualEarth, geoOrthographic, geoPath, type GeoProjection } from 'd3-geo';
import type { Geometry } from 'geojson';
import { countryName, countryNumeric } from '../model/countries.ts';
import { formatDate, formatFatalities, formatNumber, listProse, type Fatalities, type Precision } from '../model/format.ts';
import { CompactPath } from './path.ts';
import { azimuthalView, countriesByCode, fitView, mainPart, projectOnce, reachesView, scaleForSpan, viewCircle, worldCountries, worldLand, type CountryFeature, type ProjectedShape, type Resolution } from './geo.ts';
import { color, el, overlaps, svgRoot, text, textWidth, truncate, withDefaults, type Box, type ChartTable } from './svg.ts';

export type { Resolution } from './geo.ts';

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

/** A placed label. */
export interface MapLabel {
  text: string;
  kind: 'point' | 'country' | 'neighbour';
  box: Box;
  /** Text anchor point and alignment. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Start of a leader line back to the point, when the label sits farther out. */
  leader?: [number, number, number, number] | undefined;
}

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
  points: Array<{ point: MapPoint; members: MapPoint[]; label: string; x: number; y: number }>;
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

const POINT_R = 4.5;
/** Bounding radius (radians) above which a country frames by its centre: about 20°. */
const BIG_COUNTRY = 0.35;
const LABEL_SIZE = 12;
const COUNTRY_SIZE = 10.5;
const LEGEND_HEIGHT = 26;
const INSET_R = 38;

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

/** Beyond this spread a regional azimuthal view gives way to a world (Equal Earth) view. */
const REGIONAL_SPREAD = (55 * Math.PI) / 180;

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

/** Candidate label boxes around a point: 8 near positions, then 8 farther ones (with a leader). */
function candidates(x: number, y: number, w: number, h: number): Array<Omit<MapLabel, 'text' | 'kind'>> {
  const out: Array<Omit<MapLabel, 'text' | 'kind'>> = [];
  for (const d of [POINT_R + 3, POINT_R + 18]) {
    const diag = d * 0.75;
    const spots: Array<[number, number, 'start' | 'middle' | 'end']> = [
      [x + d, y - h / 2, 'start'], // right
      [x - d - w, y - h / 2, 'end'], // left
      [x + diag, y - diag - h, 'start'], // top right
      [x + diag, y + diag, 'start'], // bottom right
      [x - diag - w, y - diag - h, 'end'], // top left
      [x - diag - w, y + diag, 'end'], // bottom left
      [x - w / 2, y - d - h, 'middle'], // top
      [x - w / 2, y + d, 'middle'], // bottom
    ];
    for (const [bx, by, anchor] of spots) {
      const tx = anchor === 'start' ? bx : anchor === 'end' ? bx + w : bx + w / 2;
      const far = d > POINT_R + 3;
      // The leader runs from the circle's edge to the box's nearest point.
      const nx = Math.max(bx, Math.min(x, bx + w));
      const ny = Math.max(by, Math.min(y, by + h));
      const len = Math.hypot(nx - x, ny - y) || 1;
      out.push({
        box: { x: bx, y: by, width: w, height: h },
        x: tx,
        y: by + h * 0.78,
        anchor,
        leader: far ? [x + ((nx - x) / len) * POINT_R, y + ((ny - y) / len) * POINT_R, nx, ny] : undefined,
      });
    }
  }
  return out;
}

/** Ground distance per px at a point of the map, from two points 100 px apart. */
function kmPerPixel(projection: GeoProjection, x: number, y: number): number | undefined {
  const a = projection.invert?.([x - 50, y]);
  const b = projection.invert?.([x + 50, y]);
  if (!a || !b || !a.every(Number.isFinite) || !b.every(Number.isFinite)) return undefined;
  return (geoDistance(a, b) * 6371.0088) / 100;
}

/** The label of a marker shared by several places. */
export function clusterLabel(members: readonly MapPoint[]): string {
  if (members.length === 1) return members[0]!.name;
  if (members.length === 2) return `${members[0]!.name} and ${members[1]!.name}`;
  const shortest = members.reduce((a, b) => (b.name.length < a.name.length ? b : a));
  return `${shortest.name} and ${members.length - 1} nearby`;
}

/** A nice round distance (1, 2 or 5 × 10ⁿ km) drawn no longer than `maxPx`. */
function niceKm(kmPerPx: number, maxPx: number): number {
  const target = kmPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(target));
  for (const m of [5, 2, 1]) if (m * pow <= target) return m * pow;
  return pow;
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
  const placed: Array<{ point: MapPoint; members: MapPoint[]; label: string; x: number; y: number }> = [];
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
  const free = (b: Box) => inView(b) && !obstacles.some((ob) => overlaps(ob, b));

  // Corners for the inset and the scale bar: the first with no point under it.
  const corners = (w: number, h: number): Box[] => [
    { x: o.width - w - 8, y: mapHeight - h - 8, width: w, height: h },
    { x: o.width - w - 8, y: 8, width: w, height: h },
    { x: 8, y: mapHeight - h - 8, width: w, height: h },
    { x: 8, y: 8, width: w, height: h },
  ];
  let inset: Box | undefined;
  if (o.inset && regional && (points.length || highlighted.length)) {
    inset = corners(2 * INSET_R + 4, 2 * INSET_R + 4).find(free);
    if (inset) obstacles.push(inset);
  }
  let scaleBar: EventMapLayout['scaleBar'];
  // A scale bar only where scale is near constant: not on a world view.
  if (o.scaleBar && regional && kmPerPx) {
    const km = niceKm(kmPerPx, 110);
    const length = km / kmPerPx;
    // Bottom left first, where readers look for it; then the other corners.
    const [br, tr, bl, tl] = corners(length + 8, 30);
    const spot = [bl!, tl!, br!, tr!].find(free);
    if (spot) {
      scaleBar = { x: spot.x + 4, y: spot.y + 20, length, km };
      obstacles.push(spot);
    }
  }

  // Point labels, most crowded points first so they get the widest choice.
  const crowd = (p: (typeof placed)[number]) => placed.filter((q) => Math.hypot(q.x - p.x, q.y - p.y) < 60).length;
  const order = placed.map((p, i) => ({ p, i, n: crowd(p) })).sort((a, b) => b.n - a.n || a.i - b.i);
  const labels: MapLabel[] = [];
  const unlabelled: string[] = [];
  for (const { p } of order) {
    const w = textWidth(p.label, LABEL_SIZE, true) + 2;
    const h = LABEL_SIZE + 2;
    const spot = candidates(p.x, p.y, w, h).find((c) => free(c.box) && !(c.leader && leaderCrosses(c.leader, obstacles, p)));
    if (!spot) {
      unlabelled.push(p.label);
      continue;
    }
    labels.push({ ...spot, text: p.label, kind: 'point' });
    obstacles.push(spot.box);
  }

  if (o.countryLabels) {
    // Measured on the projected shapes, which the drawing then reuses.
    const path = geoPath();
    const label = (f: CountryFeature, kind: 'country' | 'neighbour') => {
      const code = data.countries.find((c) => countryNumeric(c) === String(f.id));
      const name = (code ? countryName(code) : f.properties.name).toUpperCase();
      const w = textWidth(name, COUNTRY_SIZE) * 1.12 + 2;
      const h = COUNTRY_SIZE + 2;
      // Only where the visible part of the country is big enough to carry its name.
      if (path.area(shape(f)) < w * h * 4) return;
      const [cx, cy] = path.centroid(shape(f));
      if (!Number.isFinite(cx)) return;
      for (const dy of [0, -16, 16, -32, 32, -48, 48]) {
        const box = { x: cx - w / 2, y: cy + dy - h / 2, width: w, height: h };
        if (free(box)) {
          labels.push({ text: name, kind, box, x: cx, y: box.y + h * 0.8, anchor: 'middle' });
          obstacles.push(box);
          return;
        }
      }
    };
    for (const f of highlighted) label(f, 'country');
    const marked = new Set(highlighted.map((f) => String(f.id)));
    const view = viewCircle(projection);
    for (const c of worldCountries(resolution)) {
      if (marked.has(String(c.feature.id)) || (regional && !reachesView(c, view))) continue;
      label(c.feature, 'neighbour');
    }
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

/** True when a leader line would run through another point's circle. */
function leaderCrosses(leader: [number, number, number, number], obstacles: readonly Box[], self: { x: number; y: number }): boolean {
  const [x0, y0, x1, y1] = leader;
  for (const b of obstacles) {
    if (b.x <= self.x && self.x <= b.x + b.width && b.y <= self.y && self.y <= b.y + b.height) continue;
    for (let t = 0.2; t <= 1; t += 0.2) {
      const x = x0 + (x1 - x0) * t;
      const y = y0 + (y1 - y0) * t;
      if (x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height) return true;
    }
  }
  return false;
}

/** A sentence or two saying what the map shows, for <desc>. */
export function describeEventMap(data: EventMapData): string {
  const points = mergePoints(data.points);
  const names = data.countries.map((c) => countryName(c));
  const where = names.length ? ` Highlighted: ${listProse(names)}.` : '';
  if (!points.length) return `No events with coordinates.${where}`;
  return `Map of ${points.length} place${points.length === 1 ? '' : 's'} where events occurred: ${listProse(points.map((p) => p.name))}.${where}`;
}

/** Renders the event map as an SVG string. */
export function eventMap(data: EventMapData, options: Partial<EventMapOptions> = {}): string {
  const o = withDefaults(defaults, options);
  const layout = eventMapLayout(data, o);
  const { projection, width, mapHeight } = layout;
  const clipId = `${o.id}-clip`;
  const draw = (g: Parameters<ReturnType<typeof geoPath>>[0]) => {
    const ctx = new CompactPath(o.tolerance);
    geoPath(projection, ctx as unknown as CanvasRenderingContext2D)(g);
    return ctx.toString();
  };

  // A world view shows every country; a regional one only those that reach it.
  const view = viewCircle(projection);
  const marked = new Set(layout.highlighted.map((f) => String(f.id)));
  const countries = worldCountries(layout.resolution);
  const visible = countries.filter((c) => !marked.has(String(c.feature.id)) && (!layout.regional || reachesView(c, view)));
  const drawShape = (f: CountryFeature) => {
    const ctx = new CompactPath(o.tolerance);
    geoPath(null, ctx as unknown as CanvasRenderingContext2D)(layout.shape(f));
    return ctx.toString();
  };
  const land = visible.map((c) => drawShape(c.feature)).join('');
  // Highlighted countries at the view's resolution; the smallest exist only at 1:50m.
  const highlight = layout.highlighted.map((f) => drawShape(countries.find((c) => String(c.feature.id) === String(f.id))?.feature ?? f)).join('');

  const base = [
    // A world view shows the globe's outline: sea inside, page outside.
    layout.regional
      ? el('rect', { width, height: mapHeight, fill: color('water') })
      : el('rect', { width, height: mapHeight, fill: color('bg') }) + el('path', { d: draw({ type: 'Sphere' } as never), fill: color('water') }),
    land && el('path', { d: land, fill: color('land'), stroke: color('border'), 'stroke-width': 0.8, 'stroke-linejoin': 'round' }),
    highlight && el('path', { d: highlight, fill: color('land-highlight'), stroke: color('border-highlight'), 'stroke-width': 1, 'stroke-linejoin': 'round' }),
  ];

  const halo = { stroke: color('halo'), 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' };
  const countryLabels = layout.labels.filter((l) => l.kind !== 'point').map((l) =>
    text(l.text, { x: l.x, y: l.y, fill: l.kind === 'country' ? color('ink') : color('muted'), 'fill-opacity': l.kind === 'country' ? 0.75 : 1 }));
  const pointLabels = layout.labels.filter((l) => l.kind === 'point');
  const leaders = pointLabels.filter((l) => l.leader).map((l) => el('line', { x1: l.leader![0], y1: l.leader![1], x2: l.leader![2], y2: l.leader![3] }));

  const overlay = [
    countryLabels.length ? el('g', { class: 'chart-country-labels', 'font-size': COUNTRY_SIZE, 'letter-spacing': 1, 'text-anchor': 'middle', 'aria-hidden': 'true' }, countryLabels) : '',
    leaders.length ? el('g', { stroke: color('ink'), 'stroke-width': 0.8 }, leaders) : '',
    el('g', { class: 'chart-points', fill: color('mark'), stroke: color('halo'), 'stroke-width': 1.5 }, layout.points.map((p) => el('circle', { cx: p.x, cy: p.y, r: POINT_R }))),
    el('g', { class: 'chart-point-labels', 'font-size': LABEL_SIZE, 'font-weight': 600, ...halo }, pointLabels.map((l) =>
      text(l.text, { x: l.x, y: l.y, 'text-anchor': l.anchor === 'start' ? undefined : l.anchor }))),
    layout.scaleBar ? scaleBarMarkup(layout.scaleBar) : '',
    layout.inset ? insetMarkup(layout.inset, projection, width, mapHeight, o.tolerance) : '',
  ];

  const frameRect = el('rect', { x: 0.5, y: 0.5, width: width - 1, height: mapHeight - 1, fill: 'none', stroke: color('grid') });
  return svgRoot(
    { id: o.id, width, height: layout.height, title: o.title, description: o.description || describeEventMap(data), className: 'chart-event-map' },
    el('defs', {}, el('clipPath', { id: clipId }, el('rect', { width, height: mapHeight }))) +
      el('g', { 'clip-path': `url(#${clipId})` }, [...base, ...overlay]) +
      frameRect +
      (o.legend ? legendMarkup(data, mapHeight, width) : ''),
  );
}

function scaleBarMarkup(bar: NonNullable<EventMapLayout['scaleBar']>): string {
  const { x, y, length, km } = bar;
  return el('g', { class: 'chart-scale-bar', 'aria-hidden': 'true' }, [
    el('path', { d: `M${round1(x)} ${round1(y - 4)}v4h${round1(length)}v-4`, fill: 'none', stroke: color('ink'), 'stroke-width': 1.2 }),
    text(`${formatNumber(km)} km`, { x, y: y - 8, 'font-size': 10.5, fill: color('ink') }),
  ]);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * World land on the inset globe, centred on the origin, by whole-degree rotation and tolerance:
 * maps of one region share a globe, and projecting the world's land is most of an inset's cost.
 * (A degree is under a pixel at the globe's size.)
 */
const globeLand = new Map<string, string>();
const GLOBE_CACHE_LIMIT = 512;

function insetGlobe(rotation: [number, number], tolerance: number): { globe: GeoProjection; land: string } {
  const globe = geoOrthographic().rotate(rotation).scale(INSET_R).translate([0, 0]).clipAngle(90).precision(0.5);
  const key = `${rotation[0]},${rotation[1]},${tolerance}`;
  let land = globeLand.get(key);
  if (land === undefined) {
    const ctx = new CompactPath(tolerance);
    geoPath(globe, ctx as unknown as CanvasRenderingContext2D)(worldLand());
    land = ctx.toString();
    if (globeLand.size >= GLOBE_CACHE_LIMIT) globeLand.delete(globeLand.keys().next().value!);
    globeLand.set(key, land);
  }
  return { globe, land };
}

/** The small globe: world land on an orthographic view, the map's area outlined on it. */
function insetMarkup(box: Box, projection: GeoProjection, width: number, height: number, tolerance: number): string {
  const r = INSET_R;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const rotate = projection.rotate();
  const { globe, land } = insetGlobe([Math.round(rotate[0]), Math.round(Math.max(-60, Math.min(60, rotate[1])))], Math.max(tolerance, 1.2));
  // The map's frame, sampled along its edges and drawn on the globe.
  const ring: Array<[number, number]> = [];
  const steps = 8;
  const edge = (x0: number, y0: number, x1: number, y1: number) => {
    for (let i = 0; i < steps; i++) {
      const p = projection.invert?.([x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps]);
      if (p) ring.push(p);
    }
  };
  edge(0, 0, width, 0);
  edge(width, 0, width, height);
  edge(width, height, 0, height);
  edge(0, height, 0, 0);
  const area = ring.map((p) => globe(p)).filter((p): p is [number, number] => p !== null);
  let areaPath = area.length > 2 ? `M${area.map(([x, y]) => `${round1(x)} ${round1(y)}`).join('L')}Z` : '';
  const [ax0, ay0, ax1, ay1] = area.reduce(([a, b, c, d], [x, y]) => [Math.min(a, x), Math.min(b, y), Math.max(c, x), Math.max(d, y)], [Infinity, Infinity, -Infinity, -Infinity]);
  // A map area too small to see on the globe is shown as a marker instead.
  if (areaPath && Math.max(ax1 - ax0, ay1 - ay0) < 4) areaPath = `M${round1((ax0 + ax1) / 2 - 3)} ${round1((ay0 + ay1) / 2 - 3)}h6v6h-6z`;
  return el('g', { class: 'chart-inset', transform: `translate(${round1(cx)} ${round1(cy)})`, 'aria-hidden': 'true' }, [
    el('circle', { r: r + 2, fill: color('halo') }),
    el('circle', { r, fill: color('water'), stroke: color('axis'), 'stroke-width': 0.8 }),
    el('path', { d: land, fill: color('land'), stroke: 'none' }),
    areaPath ? el('path', { d: areaPath, fill: 'none', stroke: color('mark'), 'stroke-width': 1.5 }) : '',
  ]);
}

function legendMarkup(data: EventMapData, mapHeight: number, width: number): string {
  const y = mapHeight + 17;
  const entries: string[] = [];
  let x = 2;
  if (data.points.length) {
    entries.push(el('circle', { cx: x + 7, cy: y - 4, r: POINT_R, fill: color('mark'), stroke: color('halo'), 'stroke-width': 1.5 }) + text('Event location', { x: x + 18, y }));
    x += 18 + textWidth('Event location', 11) + 18;
  }
  if (data.countries.length) {
    const label = truncate(`Countries covered: ${listProse(data.countries.map((c) => countryName(c)))}`, width - x - 22, 11);
    entries.push(el('rect', { x, y: y - 9, width: 14, height: 10, fill: color('land-highlight'), stroke: color('border-highlight') }) + text(label, { x: x + 20, y }));
  }
  return entries.length ? el('g', { class: 'chart-legend', 'font-size': 11, fill: color('muted') }, entries) : '';
}

/** The events behind the map, one row per event, for the figure's data table. */
export function eventMapTable(data: EventMapData): ChartTable {
  const rows: string[][] = [];
  for (const p of mergePoints(data.points)) {
    const country = p.country ? countryName(p.country) : '';
    const events = p.events?.length ? p.events : [undefined];
    for (const e of events) {
      rows.push([
        p.name,
        country,
        p.lat.toFixed(2),
        p.lon.toFixed(2),
        e ? formatDate(e.date, e.precision ?? 'day', 'short') : '',
        e?.title ?? '',
        formatFatalities(e?.fatalities, { grouped: true }),
      ]);
    }
  }
  return { headers: ['Place', 'Country', 'Latitude', 'Longitude', 'Date', 'Event', 'Fatalities'], rows };
}
