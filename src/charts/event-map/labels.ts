/**
 * Label placement on the event map. Point labels are placed greedily, most crowded points first,
 * among eight candidate positions, then eight farther ones with a leader line, so that no label
 * overlaps a point, another label, the inset or the scale bar; names that find no spot go to the
 * table only. Country names go where the visible part of a country is big enough to carry them.
 */
import { geoPath } from 'd3-geo';
import { countryName, countryNumeric } from '../../model/countries.ts';
import type { Country, CountryFeature, ProjectedShape } from '../geo.ts';
import { textWidth, type Box } from '../svg.ts';
import { COUNTRY_SIZE, LABEL_SIZE, POINT_R, type MapPoint, type Marker } from './data.ts';

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

/** The room labels share: the boxes taken so far, and whether a box is in view and clear of them. */
export interface LabelSpace {
  obstacles: Box[];
  free: (box: Box) => boolean;
}

/** The label of a marker shared by several places. */
export function clusterLabel(members: readonly MapPoint[]): string {
  if (members.length === 1) return members[0]!.name;
  if (members.length === 2) return `${members[0]!.name} and ${members[1]!.name}`;
  const shortest = members.reduce((a, b) => (b.name.length < a.name.length ? b : a));
  return `${shortest.name} and ${members.length - 1} nearby`;
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

/** Labels the markers, most crowded first so they get the widest choice; each label takes its room. */
export function placePointLabels(markers: readonly Marker[], space: LabelSpace): { labels: MapLabel[]; unlabelled: string[] } {
  const crowd = (p: Marker) => markers.filter((q) => Math.hypot(q.x - p.x, q.y - p.y) < 60).length;
  const order = markers.map((p, i) => ({ p, i, n: crowd(p) })).sort((a, b) => b.n - a.n || a.i - b.i);
  const labels: MapLabel[] = [];
  const unlabelled: string[] = [];
  for (const { p } of order) {
    const w = textWidth(p.label, LABEL_SIZE, true) + 2;
    const h = LABEL_SIZE + 2;
    const spot = candidates(p.x, p.y, w, h).find((c) => space.free(c.box) && !(c.leader && leaderCrosses(c.leader, space.obstacles, p)));
    if (!spot) {
      unlabelled.push(p.label);
      continue;
    }
    labels.push({ ...spot, text: p.label, kind: 'point' });
    space.obstacles.push(spot.box);
  }
  return { labels, unlabelled };
}

/**
 * Names the highlighted countries, then the neighbours in view, each near the centre of its
 * visible part (or a little above or below it) where there is room. Measured on the projected
 * shapes, which the drawing then reuses. `codes` are the briefing's country codes, whose names
 * take precedence over the atlas's.
 */
export function placeCountryLabels(
  countries: { highlighted: readonly CountryFeature[]; neighbours: readonly Country[]; codes: readonly string[]; shape: (f: CountryFeature) => ProjectedShape },
  space: LabelSpace,
): MapLabel[] {
  const path = geoPath();
  const labels: MapLabel[] = [];
  const label = (f: CountryFeature, kind: 'country' | 'neighbour') => {
    const code = countries.codes.find((c) => countryNumeric(c) === String(f.id));
    const name = (code ? countryName(code) : f.properties.name).toUpperCase();
    const w = textWidth(name, COUNTRY_SIZE) * 1.12 + 2;
    const h = COUNTRY_SIZE + 2;
    const shape = countries.shape(f);
    // Only where the visible part of the country is big enough to carry its name.
    if (path.area(shape) < w * h * 4) return;
    const [cx, cy] = path.centroid(shape);
    if (!Number.isFinite(cx)) return;
    for (const dy of [0, -16, 16, -32, 32, -48, 48]) {
      const box = { x: cx - w / 2, y: cy + dy - h / 2, width: w, height: h };
      if (space.free(box)) {
        labels.push({ text: name, kind, box, x: cx, y: box.y + h * 0.8, anchor: 'middle' });
        space.obstacles.push(box);
        return;
      }
    }
  };
  for (const f of countries.highlighted) label(f, 'country');
  for (const c of countries.neighbours) label(c.feature, 'neighbour');
  return labels;
}
