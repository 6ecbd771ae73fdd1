/**
 * Timeline: a briefing's events on a UTC time axis. Honest about precision: a day-exact event is a
 * point, an event known only to the month or year is a bar spanning that month or year. Labels
 * sit beside their mark and are stacked in lanes so none overlap; fatalities are encoded twice,
 * as circle area (a range as a filled low circle inside a high ring) and in the label text.
 *
 * Kept whole at ~315 lines: layout, drawing and table share the private ordering, sizes and lane
 * model, and no part is over 80 lines; a split would only export those internals.
 */
import { scaleSqrt, scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { bottomAxis } from './axis.ts';
import { datetimeAttr, fatalityBounds, formatDate, formatFatalities, type Fatalities, type Precision } from '../model/format.ts';
import { color, el, svgRoot, text, textWidth, truncate, withDefaults, type Box, type ChartTable } from './svg.ts';

/** One event as the timeline needs it (plain data: no dependency on the content schema). */
export interface TimelineEvent {
  /** When it happened: a UTC midnight (the start of the month or year for coarser precision). */
  date: Date;
  /** How exact `date` is; default `day`. */
  precision?: Precision | undefined;
  /** What happened, in a line. */
  title: string;
  /** Where, as a name. */
  place?: string | undefined;
  /** People killed: a count or a `{ low, high }` range. */
  fatalities?: Fatalities | undefined;
  /** When it was first reported, where that differs from `date`. */
  reported?: Date | undefined;
}

/** Options of the timeline; every field has a default in `defaults`. */
export interface TimelineOptions {
  /** Base for element ids; unique per page. */
  id: string;
  /** Accessible name of the chart (<title>). */
  title: string;
  /** Text alternative (<desc>); generated from the events when empty. */
  description: string;
  /** Width of the viewBox in px; the SVG scales to its container. */
  width: number;
  /** Height of one label lane. */
  laneHeight: number;
  /** Widest a label may be before it is shortened with an ellipsis. */
  labelMaxWidth: number;
  /** Radius of the largest fatality circle. */
  maxRadius: number;
  /** Show the legend of marks. */
  legend: boolean;
}

/** Defaults, including the accessible label (Observable Plot's habit). */
export const defaults: TimelineOptions = {
  id: 'timeline',
  title: 'Timeline of events',
  description: '',
  width: 640,
  laneHeight: 38,
  labelMaxWidth: 440,
  maxRadius: 13,
  legend: true,
};

const MARGIN = { top: 8, right: 12, bottom: 28, left: 12 };
const TITLE_SIZE = 12;
const SUB_SIZE = 11;
const GAP = 12;
const DOT = 4;

/** Where one event is drawn. */
export interface TimelineItem {
  event: TimelineEvent;
  precision: Precision;
  /** The period the date covers: [start, end). */
  start: Date;
  end: Date;
  lane: number;
  /** Mark extent in px (a point's circle, or a span's bar). */
  markX0: number;
  markX1: number;
  /** Circle radius (0 for a span without fatalities). */
  radius: number;
  /** Centre of the circle. */
  cx: number;
  cy: number;
  /** Label lines and their box. */
  label: string;
  sublabel: string;
  anchor: 'start' | 'end';
  labelX: number;
  labelBox: Box;
}

/** The computed layout: exported so tests can check domains, spans and overlaps. */
export interface TimelineLayout {
  width: number;
  height: number;
  /** Time domain of the axis. */
  domain: [Date, Date];
  items: TimelineItem[];
  lanes: number;
  x: (date: Date) => number;
  plotTop: number;
  axisY: number;
  /** The legend's markup (empty when off). */
  legend: string;
}

/** The period a date stands for at its precision: a day, a whole month or a whole year. */
export function periodOf(date: Date, precision: Precision = 'day'): [Date, Date] {
  const interval = precision === 'year' ? utcYear : precision === 'month' ? utcMonth : utcDay;
  const start = interval.floor(date);
  return [start, interval.offset(start, 1)];
}

/** Events in display order: by start, then by their order in the briefing. */
function ordered(events: readonly TimelineEvent[]) {
  return events
    .map((event, index) => ({ event, index, precision: event.precision ?? 'day', period: periodOf(event.date, event.precision) }))
    .sort((a, b) => a.period[0].getTime() - b.period[0].getTime() || a.index - b.index);
}

/** The second label line: date at its precision, place, and the toll. */
function sublabelOf(event: TimelineEvent, precision: Precision): string {
  const killed = formatFatalities(event.fatalities);
  return [formatDate(event.date, precision, 'short'), event.place, killed && `${killed} killed`].filter(Boolean).join(' · ');
}

/** Lays the timeline out: domain, marks, and lanes so that no two labels or marks collide. */
export function timelineLayout(events: readonly TimelineEvent[], options: Partial<TimelineOptions> = {}): TimelineLayout {
  const o = withDefaults(defaults, options);
  const list = ordered(events);
  const innerLeft = MARGIN.left;
  const innerRight = o.width - MARGIN.right;
  let lo = list.length ? Math.min(...list.map((e) => e.period[0].getTime())) : Date.UTC(2000, 0, 1);
  let hi = list.length ? Math.max(...list.map((e) => e.period[1].getTime())) : Date.UTC(2001, 0, 1);
  // Pad so end marks are not cut by the frame; a lone day gets a month either side.
  const pad = Math.max((hi - lo) * 0.03, 15 * 864e5);
  lo -= pad;
  hi += pad;
  const domain: [Date, Date] = [new Date(lo), new Date(hi)];
  const scale = scaleUtc().domain(domain).range([innerLeft, innerRight]);
  const maxHigh = Math.max(0, ...list.map((e) => (e.event.fatalities === undefined ? 0 : fatalityBounds(e.event.fatalities)[1])));
  const r = scaleSqrt().domain([0, Math.max(1, maxHigh)]).range([0, o.maxRadius]);
  const radiusOf = (value: number) => Math.max(DOT, r(value));

  const lanesEnd: number[] = [];
  const items: TimelineItem[] = [];
  for (const { event, precision, period } of list) {
    const [start, end] = period;
    const span = precision !== 'day';
    const bounds = event.fatalities === undefined ? undefined : fatalityBounds(event.fatalities);
    const radius = bounds ? radiusOf(bounds[1]) : span ? 0 : DOT;
    const cx = span ? (scale(start) + scale(end)) / 2 : scale(new Date(start.getTime() + 432e5));
    const markX0 = span ? Math.min(scale(start), cx - radius) : cx - radius;
    const markX1 = span ? Math.max(scale(end), cx + radius) : cx + radius;
    const sublabel = sublabelOf(event, precision);
    // Prefer the side with more room; shorten the title only if neither side holds it.
    const roomRight = innerRight - (markX1 + 6);
    const roomLeft = markX0 - 6 - innerLeft;
    const full = Math.max(textWidth(event.title, TITLE_SIZE, true), textWidth(sublabel, SUB_SIZE));
    const anchor: 'start' | 'end' = full <= roomRight || roomRight >= roomLeft ? 'start' : 'end';
    const room = Math.min(o.labelMaxWidth, anchor === 'start' ? roomRight : roomLeft);
    const label = truncate(event.title, room, TITLE_SIZE * 1.06);
    const sub = truncate(sublabel, room, SUB_SIZE);
    const labelWidth = Math.max(textWidth(label, TITLE_SIZE, true), textWidth(sub, SUB_SIZE));
    const labelX = anchor === 'start' ? markX1 + 6 : markX0 - 6;
    const x0 = Math.min(markX0, anchor === 'start' ? labelX : labelX - labelWidth);
    const x1 = Math.max(markX1, anchor === 'start' ? labelX + labelWidth : labelX);
    // First lane whose last occupant ends before this item starts (greedy interval colouring).
    let lane = lanesEnd.findIndex((endX) => endX + GAP <= x0);
    if (lane === -1) {
      lane = lanesEnd.length;
      lanesEnd.push(x1);
    } else lanesEnd[lane] = x1;
    items.push({
      event, precision, start, end, lane, markX0, markX1, radius, cx, cy: 0, label, sublabel: sub, anchor, labelX,
      labelBox: { x: anchor === 'start' ? labelX : labelX - labelWidth, y: 0, width: labelWidth, height: 28 },
    });
  }
  const lanes = Math.max(1, lanesEnd.length);
  const key = o.legend ? legend(items, o.width, MARGIN.top) : { markup: '', height: 0 };
  const plotTop = MARGIN.top + key.height + (key.height ? 6 : 0);
  for (const item of items) {
    const laneTop = plotTop + item.lane * o.laneHeight;
    item.cy = laneTop + Math.max(o.maxRadius, 14);
    item.labelBox.y = item.cy - 10;
  }
  const axisY = plotTop + lanes * o.laneHeight + Math.max(0, o.maxRadius - 10);
  return {
    width: o.width,
    height: axisY + MARGIN.bottom,
    domain,
    items,
    lanes,
    x: (date) => scale(date),
    plotTop,
    axisY,
    legend: key.markup,
  };
}

/** A sentence or two saying what the timeline shows, for <desc>. */
export function describeTimeline(events: readonly TimelineEvent[]): string {
  if (!events.length) return 'No dated events.';
  const list = ordered(events);
  const first = list[0]!;
  const last = list[list.length - 1]!;
  const coarse = list.filter((e) => e.precision !== 'day').length;
  const tolls = list.filter((e) => e.event.fatalities !== undefined).length;
  const parts = [
    `${list.length} event${list.length === 1 ? '' : 's'} from ${formatDate(first.event.date, first.precision, 'short')} to ${formatDate(last.event.date, last.precision, 'short')}.`,
  ];
  if (coarse) parts.push(`${coarse} ${coarse === 1 ? 'is' : 'are'} dated only to the month or year and drawn as a span.`);
  parts.push(tolls ? `Fatalities are reported for ${tolls} of them and shown by circle area.` : 'No fatality figures are given.');
  return parts.join(' ');
}

function fatalityMark(item: TimelineItem, radiusOf: (n: number) => number): string {
  const { event, cx, cy } = item;
  if (event.fatalities === undefined) {
    return item.precision === 'day' ? el('circle', { cx, cy, r: DOT, fill: color('bg'), stroke: color('mark'), 'stroke-width': 1.5 }) : '';
  }
  const [low, high] = fatalityBounds(event.fatalities);
  if (low === high) return el('circle', { cx, cy, r: radiusOf(high), fill: color('mark'), 'fill-opacity': 0.85, stroke: color('bg'), 'stroke-width': 1 });
  return (
    el('circle', { cx, cy, r: radiusOf(high), fill: color('mark'), 'fill-opacity': 0.2, stroke: color('mark'), 'stroke-width': 1.5 }) +
    el('circle', { cx, cy, r: radiusOf(low), fill: color('mark'), 'fill-opacity': 0.85 })
  );
}

/** Renders the timeline as an SVG string. */
export function timeline(events: readonly TimelineEvent[], options: Partial<TimelineOptions> = {}): string {
  const o = withDefaults(defaults, options);
  const layout = timelineLayout(events, o);
  const { items, axisY } = layout;
  const maxHigh = Math.max(0, ...items.map((i) => (i.event.fatalities === undefined ? 0 : fatalityBounds(i.event.fatalities)[1])));
  const r = scaleSqrt().domain([0, Math.max(1, maxHigh)]).range([0, o.maxRadius]);
  const radiusOf = (value: number) => Math.max(DOT, r(value));
  const scale = scaleUtc().domain(layout.domain).range([MARGIN.left, o.width - MARGIN.right]);

  const axis = bottomAxis(scale, axisY, { ticks: Math.max(2, Math.round(o.width / 110)), gridLength: axisY - layout.plotTop });
  // A rug on the axis: where each event's day, month or year falls, so stacked labels keep their date.
  const rug = el('g', { fill: color('mark'), 'aria-hidden': 'true' }, items.map((i) =>
    el('rect', { x: layout.x(i.start), y: axisY - 3, width: Math.max(1.5, layout.x(i.end) - layout.x(i.start)), height: 6, 'fill-opacity': i.precision === 'day' ? 1 : 0.5 })));

  const marks = items.map((item) => {
    const span = item.precision !== 'day'
      ? el('rect', {
          x: layout.x(item.start), y: item.cy - 4, width: Math.max(2, layout.x(item.end) - layout.x(item.start)), height: 8, rx: 2,
          fill: color('mark'), 'fill-opacity': 0.3, stroke: color('mark'), 'stroke-width': 1,
        })
      : '';
    const labels =
      text(item.label, { x: item.labelX, y: item.cy - 1, 'text-anchor': item.anchor === 'end' ? 'end' : undefined, 'font-weight': 600 }) +
      text(item.sublabel, { x: item.labelX, y: item.cy + 13, 'text-anchor': item.anchor === 'end' ? 'end' : undefined, 'font-size': SUB_SIZE, fill: color('muted') });
    // The span is drawn over the fatality circle so the period it covers stays visible.
    return el('g', { class: 'chart-event' }, [fatalityMark(item, radiusOf), span, labels]);
  });

  return svgRoot(
    { id: o.id, width: layout.width, height: layout.height, title: o.title, description: o.description || describeTimeline(events), className: 'chart-timeline' },
    axis + rug + el('g', { class: 'chart-events' }, marks) + layout.legend,
  );
}

/** The key: only the mark kinds this timeline uses, wrapped to the width. */
function legend(items: readonly TimelineItem[], width: number, top: number): { markup: string; height: number } {
  const kinds: Array<[(x: number, y: number) => string, string]> = [];
  const has = (test: (i: TimelineItem) => boolean) => items.some(test);
  if (has((i) => typeof i.event.fatalities === 'number')) {
    kinds.push([(x, y) => el('circle', { cx: x + 6, cy: y, r: 5, fill: color('mark'), 'fill-opacity': 0.85 }), 'people killed (circle area)']);
  }
  if (has((i) => typeof i.event.fatalities === 'object')) {
    kinds.push([(x, y) => el('circle', { cx: x + 6, cy: y, r: 6, fill: color('mark'), 'fill-opacity': 0.2, stroke: color('mark'), 'stroke-width': 1.5 }) + el('circle', { cx: x + 6, cy: y, r: 3, fill: color('mark') }), 'killed: low estimate (dot) to high (ring)']);
  }
  if (has((i) => i.event.fatalities === undefined && i.precision === 'day')) {
    kinds.push([(x, y) => el('circle', { cx: x + 6, cy: y, r: DOT, fill: color('bg'), stroke: color('mark'), 'stroke-width': 1.5 }), 'day known, toll not given']);
  }
  if (has((i) => i.precision !== 'day')) {
    kinds.push([(x, y) => el('rect', { x, y: y - 4, width: 12, height: 8, rx: 2, fill: color('mark'), 'fill-opacity': 0.3, stroke: color('mark') }), 'known only to the month or year (bar spans it)']);
  }
  const entries: string[] = [];
  let x = MARGIN.left;
  let y = top + 8;
  for (const [mark, label] of kinds) {
    const w = 16 + textWidth(label, SUB_SIZE) + 16;
    if (x > MARGIN.left && x + w > width - MARGIN.right) {
      x = MARGIN.left;
      y += 18;
    }
    entries.push(mark(x, y) + text(label, { x: x + 16, y: y + 4 }));
    x += w;
  }
  if (!entries.length) return { markup: '', height: 0 };
  return { markup: el('g', { class: 'chart-legend', 'font-size': SUB_SIZE, fill: color('muted') }, entries), height: y - top + 14 };
}

/** The numbers behind the timeline, in date order, for the figure's data table. */
export function timelineTable(events: readonly TimelineEvent[]): ChartTable {
  const list = ordered(events);
  const reported = list.some((e) => e.event.reported);
  const headers = ['Date', 'Event', 'Place', 'Fatalities', ...(reported ? ['First reported'] : [])];
  const rows = list.map(({ event, precision }) => [
    formatDate(event.date, precision, 'short'),
    event.title,
    event.place ?? '',
    formatFatalities(event.fatalities),
    ...(reported ? [event.reported ? formatDate(event.reported, 'day', 'short') : ''] : []),
  ]);
  return { headers, rows };
}

/** Machine-readable dates for the table's `<time datetime>` (same order as `timelineTable`). */
export function timelineIsoDates(events: readonly TimelineEvent[]): string[] {
  return ordered(events).map(({ event, precision }) => datetimeAttr(event.date, precision));
}

