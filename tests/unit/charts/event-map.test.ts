import { describe, expect, it } from 'vitest';
import { describeEventMap, eventMap, eventMapLayout, eventMapTable, mergePoints, type EventMapData } from '../../../src/charts/event-map/index.ts';
import { toMapPoints } from '../../../src/charts/events.ts';
import { overlaps } from '../../../src/charts/svg.ts';
import { CompactPath } from '../../../src/charts/path.ts';
import { azimuthalView, countriesByCode, projectOnce } from '../../../src/charts/geo.ts';
import { geoPath } from 'd3-geo';
import { expectGolden } from '../../helpers/golden.ts';
import { sahelCountries, sahelEvents } from './sahel.ts';

const sahel: EventMapData = { points: toMapPoints(sahelEvents), countries: sahelCountries };

describe('event map projection', () => {
  it('keeps only events with coordinates', () => {
    expect(sahel.points.map((p) => p.name)).toEqual(['Kati', 'Barsalogho', 'Bamako', 'Ber', 'Timbuktu', 'Gao']);
  });

  it('is fitted so every point lies inside the map with a margin', () => {
    const layout = eventMapLayout(sahel);
    // Kati and Bamako, 11 km apart, share one marker at this scale.
    expect(layout.points.map((p) => p.label)).toEqual(['Kati and Bamako', 'Barsalogho', 'Ber', 'Timbuktu', 'Gao']);
    for (const p of layout.points) {
      expect(p.x).toBeGreaterThan(20);
      expect(p.x).toBeLessThan(layout.width - 20);
      expect(p.y).toBeGreaterThan(20);
      expect(p.y).toBeLessThan(layout.mapHeight - 20);
    }
  });

  it('keeps the whole of the briefing countries in view, highlighted', () => {
    const layout = eventMapLayout(sahel);
    expect(layout.highlighted.map((f) => String(f.id)).sort()).toEqual(['466', '562', '854']);
    // Mali's far west (Kayes region) and Niger's far east (near Lake Chad) are both inside.
    for (const lonLat of [[-12.2, 14.5], [15.9, 20.0], [4.2, 19.1]] as const) {
      const [x, y] = layout.projection([...lonLat])!;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(layout.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(layout.mapHeight);
    }
  });

  it('does not zoom a lone point to a street: the view spans at least minSpanDegrees', () => {
    const layout = eventMapLayout({ points: [{ name: 'Gao', lat: 16.27, lon: -0.04 }], countries: [] }, { minSpanDegrees: 6 });
    const west = layout.projection([-3.04, 16.27])!;
    const east = layout.projection([2.96, 16.27])!;
    expect(east[0] - west[0]).toBeLessThanOrEqual(layout.width + 1);
    expect(Number.isFinite(layout.projection.scale())).toBe(true);
  });

  it('merges events at the same place into one point', () => {
    const points = mergePoints([
      { name: 'Bamako', lat: 12.64, lon: -8, events: [{ date: new Date(0), title: 'a' }] },
      { name: 'Bamako', lat: 12.64, lon: -8, events: [{ date: new Date(0), title: 'b' }] },
      { name: 'Nowhere', lat: 123, lon: 0 },
    ]);
    expect(points).toHaveLength(1);
    expect(points[0]!.events).toHaveLength(2);
  });
});

describe('event map labels', () => {
  it('labels every point without any two labels, points, inset or scale bar overlapping', () => {
    const layout = eventMapLayout(sahel);
    expect(layout.unlabelled).toEqual([]);
    expect(layout.labels.filter((l) => l.kind === 'point').map((l) => l.text).sort()).toEqual(['Barsalogho', 'Ber', 'Gao', 'Kati and Bamako', 'Timbuktu']);
    const boxes = layout.labels.map((l) => l.box);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${layout.labels[i]!.text} / ${layout.labels[j]!.text}`).toBe(false);
      for (const p of layout.points) expect(overlaps(boxes[i]!, { x: p.x - 4.5, y: p.y - 4.5, width: 9, height: 9 }), `${layout.labels[i]!.text} on ${p.label}`).toBe(false);
      if (layout.inset) expect(overlaps(boxes[i]!, layout.inset)).toBe(false);
      expect(boxes[i]!.x).toBeGreaterThanOrEqual(0);
      expect(boxes[i]!.x + boxes[i]!.width).toBeLessThanOrEqual(layout.width);
    }
  });

  it('names the highlighted countries', () => {
    const names = eventMapLayout(sahel).labels.filter((l) => l.kind === 'country').map((l) => l.text);
    expect(names).toEqual(expect.arrayContaining(['MALI', 'BURKINA FASO', 'NIGER']));
  });

  it('places a dense cluster with leader lines or leaves names to the table, never overlapping', () => {
    // Twelve places about 35 km apart: distinct markers at Mali's scale, crowded labels.
    const cluster = Array.from({ length: 12 }, (_, i) => ({ name: `Place ${i + 1}`, lat: 12.6 + (i % 4) * 0.3, lon: -8 + Math.floor(i / 4) * 0.3 }));
    const layout = eventMapLayout({ points: cluster, countries: ['ML'] });
    expect(layout.points).toHaveLength(12);
    const boxes = layout.labels.map((l) => l.box);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    expect(layout.labels.filter((l) => l.kind === 'point').length + layout.unlabelled.length).toBe(12);
    // Every leader line starts at its own point's circle and ends on its label's box.
    for (const l of layout.labels.filter((x) => x.leader)) {
      const [, , x1, y1] = l.leader!;
      expect(x1 >= l.box.x - 0.01 && x1 <= l.box.x + l.box.width + 0.01 && y1 >= l.box.y - 0.01 && y1 <= l.box.y + l.box.height + 0.01).toBe(true);
    }
  });

  it('labels a boxed-in point farther out, with a leader line', () => {
    // Five places 0.15° apart in a column: the last one's near spots are all taken.
    const column = Array.from({ length: 5 }, (_, i) => ({ name: `Place ${i + 1}`, lat: 13 + i * 0.15, lon: -6 }));
    const layout = eventMapLayout({ points: column, countries: ['ML'] });
    expect(layout.unlabelled).toEqual([]);
    expect(layout.labels.filter((l) => l.leader)).toHaveLength(1);
    expect(eventMap({ points: column, countries: ['ML'] })).toMatch(/<g stroke="var\(--chart-ink, #1a1a1a\)" stroke-width="0.8"><line /);
  });

  it('gives places that share a spot one marker and one label', () => {
    const layout = eventMapLayout({
      points: [
        { name: 'U.S. Capitol, Washington, D.C.', lat: 38.8899, lon: -77.0091 },
        { name: 'Supreme Court, Washington, D.C.', lat: 38.8906, lon: -77.0044 },
        { name: 'Washington, D.C.', lat: 38.9072, lon: -77.0369 },
      ],
      countries: ['US'],
    });
    expect(layout.points.map((p) => p.label)).toEqual(['Washington, D.C. and 2 nearby']);
  });

  it('switches to a world view and coarser borders for countries on several continents', () => {
    const layout = eventMapLayout({ points: [{ name: 'Sanaa', lat: 15.37, lon: 44.19 }], countries: ['YE', 'US', 'GB'] });
    expect(layout.regional).toBe(false);
    expect(layout.resolution).toBe('110m');
    expect(layout.scaleBar).toBeUndefined();
    const sahelLayout = eventMapLayout(sahel);
    expect(sahelLayout.regional).toBe(true);
    expect(sahelLayout.resolution).toBe('50m');
  });
});

describe('event map furniture', () => {
  it('has a scale bar with a round distance and an inset globe', () => {
    const layout = eventMapLayout(sahel);
    expect(layout.scaleBar).toBeDefined();
    expect([100, 200, 500, 1000]).toContain(layout.scaleBar!.km);
    expect(layout.inset).toBeDefined();
    const svg = eventMap(sahel);
    expect(svg).toContain(`${layout.scaleBar!.km} km</text>`);
    expect(svg).toContain('class="chart-inset"');
  });

  it('can leave out the inset and the scale bar', () => {
    const svg = eventMap(sahel, { inset: false, scaleBar: false });
    expect(svg).not.toContain('class="chart-inset"');
    expect(svg).not.toContain('class="chart-scale-bar"');
  });
});

describe('event map output', () => {
  it('is accessible and describes what it shows', () => {
    const svg = eventMap(sahel, { id: 'figure-2' });
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="figure-2-title figure-2-desc"');
    expect(describeEventMap(sahel)).toBe('Map of 6 places where events occurred: Kati, Barsalogho, Bamako, Ber, Timbuktu and Gao. Highlighted: Mali, Burkina Faso and Niger.');
    expect(svg).toContain('clip-path="url(#figure-2-clip)"');
  });

  it('is deterministic and paints only through theme variables', () => {
    const a = eventMap(sahel);
    expect(a).toBe(eventMap({ points: toMapPoints(sahelEvents), countries: [...sahelCountries] }));
    const colours = [...a.matchAll(/(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1]!);
    for (const c of colours) expect(c === 'none' || /^var\(--chart-[a-z0-9-]+, #[0-9a-f]{6}\)$/.test(c), c).toBe(true);
  });

  it('stays within 40 KB for the Sahel briefing', () => {
    expect(Buffer.byteLength(eventMap(sahel))).toBeLessThanOrEqual(40 * 1024);
  });

  it('renders a frame and a note when no event has coordinates', () => {
    const svg = eventMap({ points: [], countries: [] });
    expect(svg).toContain('No events with coordinates.');
  });

  it('lists one table row per event', () => {
    const table = eventMapTable(sahel);
    expect(table.headers).toEqual(['Place', 'Country', 'Latitude', 'Longitude', 'Date', 'Event', 'Fatalities']);
    expect(table.rows).toHaveLength(6);
    expect(table.rows[2]).toEqual(['Bamako', 'Mali', '12.64', '-8.00', '17 Sep 2024', 'Attacks on the gendarmerie school and military airport in Bamako', '70–77']);
  });

  it('matches the golden Sahel map', ({ task }) => {
    expectGolden(task.name, eventMap(sahel, { id: 'figure-2' }));
  });
});

describe('compact path', () => {
  it('writes relative tenths and drops vertices closer than the tolerance', () => {
    const path = new CompactPath(1);
    path.moveTo(10, 10);
    path.lineTo(10.2, 10.1); // dropped: 0.2 px away
    path.lineTo(20, 10);
    path.lineTo(20, 20.55);
    path.closePath();
    expect(path.toString()).toBe('M10 10l10 0 0 10.6z');
  });

  it('drops rings smaller than twice the tolerance', () => {
    const path = new CompactPath(1);
    path.moveTo(0, 0);
    path.lineTo(1, 0);
    path.lineTo(1, 1);
    path.closePath();
    expect(path.toString()).toBe('');
  });
});

describe('projected shapes', () => {
  it('measure and draw exactly as projecting the country each time would', () => {
    const projection = azimuthalView([0, 14], 0.3).scale(1400).translate([320, 200]).clipExtent([[0, 0], [640, 400]]);
    const shape = projectOnce(projection);
    // Mali (in view), Algeria (clipped by the view), Japan (behind the globe's horizon).
    for (const code of ['ML', 'DZ', 'JP']) {
      const [country] = countriesByCode([code], '50m');
      const direct = geoPath(projection);
      const replayed = geoPath();
      expect(replayed.area(shape(country!.feature))).toBe(direct.area(country!.feature));
      expect(replayed.centroid(shape(country!.feature))).toEqual(direct.centroid(country!.feature));
      const a = new CompactPath(0.5);
      const b = new CompactPath(0.5);
      geoPath(projection, a as never)(country!.feature);
      geoPath(null, b as never)(shape(country!.feature));
      expect(b.toString()).toBe(a.toString());
    }
    expect(shape(countriesByCode(['JP'], '50m')[0]!.feature).coordinates).toEqual([]);
  });
});
