/**
 * The event map drawn as SVG from its layout: water, land and the highlighted countries, labels,
 * markers, the scale bar and the inset, a frame, and the key below; plus its text alternatives
 * (the <desc> sentence and the data table).
 */
import { geoPath } from 'd3-geo';
import { countryName } from '../../model/countries.ts';
import { formatDate, formatFatalities, formatNumber, listProse } from '../../model/format.ts';
import { worldCountries, type CountryFeature } from '../geo.ts';
import { CompactPath } from '../path.ts';
import { color, el, round, svgRoot, text, textWidth, truncate, withDefaults, type ChartTable } from '../svg.ts';
import { COUNTRY_SIZE, defaults, LABEL_SIZE, mergePoints, POINT_R, type EventMapData, type EventMapOptions } from './data.ts';
import { insetMarkup } from './inset.ts';
import { eventMapLayout, neighboursInView, type EventMapLayout } from './layout.ts';

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
  const countries = worldCountries(layout.resolution);
  const visible = neighboursInView(layout);
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
    el('path', { d: `M${round(x)} ${round(y - 4)}v4h${round(length)}v-4`, fill: 'none', stroke: color('ink'), 'stroke-width': 1.2 }),
    text(`${formatNumber(km)} km`, { x, y: y - 8, 'font-size': 10.5, fill: color('ink') }),
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
        formatFatalities(e?.fatalities),
      ]);
    }
  }
  return { headers: ['Place', 'Country', 'Latitude', 'Longitude', 'Date', 'Event', 'Fatalities'], rows };
}
