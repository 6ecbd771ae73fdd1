/**
 * The event map's inset: a small orthographic globe of the world's land, turned to the map's
 * centre, with the map's frame outlined on it (or a marker, when the area is too small to see).
 */
import { geoOrthographic, geoPath, type GeoProjection } from 'd3-geo';
import { worldLand } from '../geo.ts';
import { CompactPath } from '../path.ts';
import { color, el, round, type Box } from '../svg.ts';

/** Radius of the globe, in px. */
const INSET_R = 38;
/** Side of the square the inset takes on the map, halo included. */
export const INSET_SIZE = 2 * INSET_R + 4;

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

/** The small globe in `box`: world land on an orthographic view, the map's area outlined on it. */
export function insetMarkup(box: Box, projection: GeoProjection, width: number, height: number, tolerance: number): string {
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
  let areaPath = area.length > 2 ? `M${area.map(([x, y]) => `${round(x)} ${round(y)}`).join('L')}Z` : '';
  const [ax0, ay0, ax1, ay1] = area.reduce(([a, b, c, d], [x, y]) => [Math.min(a, x), Math.min(b, y), Math.max(c, x), Math.max(d, y)], [Infinity, Infinity, -Infinity, -Infinity]);
  // A map area too small to see on the globe is shown as a marker instead.
  if (areaPath && Math.max(ax1 - ax0, ay1 - ay0) < 4) areaPath = `M${round((ax0 + ax1) / 2 - 3)} ${round((ay0 + ay1) / 2 - 3)}h6v6h-6z`;
  return el('g', { class: 'chart-inset', transform: `translate(${round(cx)} ${round(cy)})`, 'aria-hidden': 'true' }, [
    el('circle', { r: r + 2, fill: color('halo') }),
    el('circle', { r, fill: color('water'), stroke: color('axis'), 'stroke-width': 0.8 }),
    el('path', { d: land, fill: color('land'), stroke: 'none' }),
    areaPath ? el('path', { d: areaPath, fill: 'none', stroke: color('mark'), 'stroke-width': 1.5 }) : '',
  ]);
}
