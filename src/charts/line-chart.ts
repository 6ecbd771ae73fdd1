/**
 * LineChart: one or more series over time (UTC dates) or over a number, with a legend, dash
 * patterns per series so lines stay apart without colour, gaps where values are missing, and
 * point markers when the series are short enough for each value to matter.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line as d3Line } from 'd3-shape';
import { bottomAxis, leftAxis, type TickScale } from './axis.ts';
import { commonPrecision, datetimeAttr, formatDate, numberFormatter } from '../model/format.ts';
import { dash, seriesLegend } from './legend.ts';
import { color, el, seriesColor, svgRoot, textWidth, withDefaults, type ChartTable } from './svg.ts';

/** One observation; `y: null` is a gap. */
export interface LinePoint {
  x: Date | number;
  y: number | null;
}

/** One named series. */
export interface LineSeries {
  name: string;
  points: readonly LinePoint[];
}

/** The line chart's input. */
export interface LineChartData {
  series: readonly LineSeries[];
}

/** Options of the line chart; every field has a default in `defaults`. */
export interface LineChartOptions {
  /** Base for element ids; unique per page. */
  id: string;
  /** Accessible name (<title>). */
  title: string;
  /** Text alternative (<desc>); generated when empty. */
  description: string;
  width: number;
  /** Plot height in px. */
  height: number;
  /** d3-format specifier for values. */
  format: string;
  /** Axis titles. */
  xLabel: string;
  yLabel: string;
  /** Start the value axis at zero (counts); off for values far from zero. */
  zero: boolean;
  /** Draw a marker at each value: `auto` when no series has more than 24 points. */
  markers: boolean | 'auto';
}

/** Defaults, including the accessible label. */
export const defaults: LineChartOptions = {
  id: 'line-chart',
  title: 'Line chart',
  description: '',
  width: 640,
  height: 280,
  format: '',
  xLabel: '',
  yLabel: '',
  zero: true,
  markers: 'auto',
};

const isTime = (data: LineChartData) => data.series.some((s) => s.points.some((p) => p.x instanceof Date));
const xValue = (x: Date | number) => (x instanceof Date ? x.getTime() : x);
const xDates = (data: LineChartData) => data.series.flatMap((s) => s.points.map((p) => p.x).filter((x): x is Date => x instanceof Date));

/** The x and y domains the chart uses (y made nice, with zero when `zero`). */
export function lineDomains(data: LineChartData, options: Partial<LineChartOptions> = {}): { x: [number, number]; y: [number, number] } {
  const o = withDefaults(defaults, options);
  const xs = data.series.flatMap((s) => s.points.map((p) => xValue(p.x)));
  const ys = data.series.flatMap((s) => s.points.map((p) => p.y)).filter((v): v is number => v !== null && Number.isFinite(v));
  const x0 = xs.length ? Math.min(...xs) : 0;
  const x1 = xs.length ? Math.max(...xs) : 1;
  let y0 = ys.length ? Math.min(...ys) : 0;
  let y1 = ys.length ? Math.max(...ys) : 1;
  if (o.zero) [y0, y1] = [Math.min(0, y0), Math.max(0, y1)];
  if (y0 === y1) y1 = y0 + 1;
  const y = scaleLinear().domain([y0, y1]).nice().domain() as [number, number];
  return { x: [x0, x1 === x0 ? x0 + 1 : x1], y };
}

/** A sentence saying what the chart shows, for <desc>. */
export function describeLineChart(data: LineChartData, options: Partial<LineChartOptions> = {}): string {
  const fmt = numberFormatter(options.format || undefined);
  const time = isTime(data);
  const precision = commonPrecision(xDates(data));
  const fx = (x: Date | number) => (x instanceof Date ? `${precision === 'day' ? 'on' : 'in'} ${formatDate(x, precision, 'short')}` : `at ${fmt(x)}`);
  const parts = data.series.map((s) => {
    const pts = s.points.filter((p): p is LinePoint & { y: number } => p.y !== null);
    if (!pts.length) return `${s.name}: no values.`;
    const first = pts[0]!;
    const last = pts[pts.length - 1]!;
    const max = pts.reduce((a, b) => (b.y > a.y ? b : a));
    return `${s.name}: ${fmt(first.y)} ${fx(first.x)} to ${fmt(last.y)} ${fx(last.x)}; highest ${fmt(max.y)} ${fx(max.x)}.`;
  });
  return `Line chart of ${data.series.length} series${time ? ' over time' : ''}. ${parts.join(' ')}`;
}

/** Renders the line chart as an SVG string. */
export function lineChart(data: LineChartData, options: Partial<LineChartOptions> = {}): string {
  const o = withDefaults(defaults, options);
  const fmt = numberFormatter(o.format || undefined);
  const time = isTime(data);
  const domains = lineDomains(data, o);
  const key = seriesLegend(data.series.map((s) => s.name), 0, 4, o.width, 'line');
  const top = key.height + (o.yLabel ? 28 : 12);
  const yTicks = scaleLinear().domain(domains.y).ticks(5);
  const left = Math.max(...yTicks.map((t) => textWidth(fmt(t), 11))) + 12;
  // Room for half of the last tick label ("October") past the plot's right edge.
  const right = o.width - 28;
  const bottom = top + o.height;
  const y = scaleLinear().domain(domains.y).range([bottom, top]);
  const x: TickScale<Date> | TickScale<number> = time
    ? scaleUtc().domain([new Date(domains.x[0]), new Date(domains.x[1])]).range([left, right])
    : scaleLinear().domain(domains.x).range([left, right]);
  const px = (v: Date | number) => (time ? (x as TickScale<Date>)(v instanceof Date ? v : new Date(v)) : (x as TickScale<number>)(xValue(v)));
  const markers = o.markers === 'auto' ? data.series.every((s) => s.points.length <= 24) : o.markers;
  const path = d3Line<LinePoint>().defined((p) => p.y !== null && Number.isFinite(p.y)).x((p) => px(p.x)).y((p) => y(p.y!)).digits(1);

  const lines = data.series.map((s, i) => {
    const sorted = [...s.points].sort((a, b) => xValue(a.x) - xValue(b.x));
    const stroke = seriesColor(i);
    const dots = markers
      ? el('g', { fill: stroke, stroke: color('bg'), 'stroke-width': 1 }, sorted.filter((p) => p.y !== null).map((p) => el('circle', { cx: px(p.x), cy: y(p.y!), r: 3 })))
      : '';
    return el('g', { class: 'chart-series' }, [
      el('path', { d: path(sorted) ?? '', fill: 'none', stroke, 'stroke-width': 2, 'stroke-linejoin': 'round', 'stroke-linecap': 'round', 'stroke-dasharray': dash(i) }),
      dots,
    ]);
  });
  const xAxis = time
    ? bottomAxis(x as TickScale<Date>, bottom, { ticks: Math.max(2, Math.round((right - left) / 90)), label: o.xLabel || undefined })
    : bottomAxis(x as TickScale<number>, bottom, { ticks: Math.max(2, Math.round((right - left) / 90)), label: o.xLabel || undefined });
  const body =
    leftAxis(y, left, { ticks: 5, format: fmt, gridLength: right - left, label: o.yLabel || undefined }) +
    xAxis +
    el('g', { class: 'chart-lines' }, lines);
  return svgRoot(
    { id: o.id, width: o.width, height: bottom + (o.xLabel ? 40 : 26), title: o.title, description: o.description || describeLineChart(data, o), className: 'chart-line' },
    key.markup + body,
  );
}

/** The numbers behind the chart: one row per x value, one column per series. */
export function lineChartTable(data: LineChartData, options: { xLabel?: string; format?: string } = {}): ChartTable {
  const fmt = numberFormatter(options.format || undefined);
  const time = isTime(data);
  const xs = [...new Set(data.series.flatMap((s) => s.points.map((p) => xValue(p.x))))].sort((a, b) => a - b);
  const precision = commonPrecision(xDates(data));
  const rows = xs.map((xv) => [
    time ? datetimeAttr(new Date(xv), precision) : fmt(xv),
    ...data.series.map((s) => {
      const p = s.points.find((q) => xValue(q.x) === xv);
      return p && p.y !== null ? fmt(p.y) : '';
    }),
  ]);
  return { headers: [options.xLabel ?? '', ...data.series.map((s) => s.name)], rows };
}
