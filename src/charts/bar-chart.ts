/**
 * BarChart: one or more series of values by category, as vertical columns or horizontal bars,
 * grouped side by side when there are several series. Values start from zero (a bar's length is
 * its value), negative values extend the other way, missing values leave a gap.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { bottomAxis, leftAxis } from './axis.ts';
import { numberFormatter } from '../model/format.ts';
import { seriesLegend } from './legend.ts';
import { color, el, escapeXml, seriesColor, svgRoot, text, textWidth, withDefaults, wrapText, type ChartTable } from './svg.ts';

/** One series: a value (or null for missing) per category, in category order. */
export interface BarSeries {
  name: string;
  values: readonly (number | null)[];
}

/** The bar chart's input: categories and the series over them. */
export interface BarChartData {
  categories: readonly string[];
  series: readonly BarSeries[];
}

/** Options of the bar chart; every field has a default in `defaults`. */
export interface BarChartOptions {
  /** Base for element ids; unique per page. */
  id: string;
  /** Accessible name (<title>). */
  title: string;
  /** Text alternative (<desc>); generated when empty. */
  description: string;
  /** viewBox width in px. */
  width: number;
  /** Plot height of a vertical chart. */
  height: number;
  /** Columns up (`vertical`) or bars across (`horizontal`, better for long category names). */
  orientation: 'vertical' | 'horizontal';
  /** Write each value at the end of its bar. */
  valueLabels: boolean;
  /** d3-format specifier for values (`,d`, `.1%`…); empty for a plain number. */
  format: string;
  /** Title of the value axis. */
  valueLabel: string;
  /** Height of one category band in a horizontal chart. */
  bandSize: number;
}

/** Defaults, including the accessible label. */
export const defaults: BarChartOptions = {
  id: 'bar-chart',
  title: 'Bar chart',
  description: '',
  width: 640,
  height: 300,
  orientation: 'vertical',
  valueLabels: false,
  format: '',
  valueLabel: '',
  bandSize: 0,
};

/** The value scale's domain: always includes zero, then made nice. */
export function barValueDomain(data: BarChartData): [number, number] {
  const values = data.series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const domain = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice().domain();
  return [domain[0]!, domain[1]!];
}

/** A sentence saying what the chart shows, for <desc>. */
export function describeBarChart(data: BarChartData, options: Partial<BarChartOptions> = {}): string {
  const fmt = numberFormatter(options.format || undefined);
  const parts = data.series.map((s) => {
    const pairs = data.categories.map((c, i) => [c, s.values[i]] as const).filter((p): p is readonly [string, number] => p[1] !== null && p[1] !== undefined);
    if (!pairs.length) return `${s.name}: no values.`;
    const max = pairs.reduce((a, b) => (b[1] > a[1] ? b : a));
    const min = pairs.reduce((a, b) => (b[1] < a[1] ? b : a));
    return `${data.series.length > 1 ? `${s.name}: ` : ''}highest ${max[0]} (${fmt(max[1])}), lowest ${min[0]} (${fmt(min[1])}).`;
  });
  return `Bar chart of ${data.categories.length} categor${data.categories.length === 1 ? 'y' : 'ies'}${data.series.length > 1 ? ` in ${data.series.length} series` : ''}. ${parts.join(' ')}`;
}

/** Renders the bar chart as an SVG string. */
export function barChart(data: BarChartData, options: Partial<BarChartOptions> = {}): string {
  const o = withDefaults(defaults, options);
  const fmt = numberFormatter(o.format || undefined);
  const n = data.categories.length;
  const keys = data.categories.map((_, i) => String(i));
  const names = data.series.map((s) => s.name);
  const key = seriesLegend(names, 0, 4, o.width, 'bar');
  const top = key.height + (o.valueLabel ? 26 : 12);
  const [lo, hi] = barValueDomain(data);
  const valueWidth = o.valueLabels ? Math.max(...data.series.flatMap((s) => s.values.map((v) => (v === null ? 0 : textWidth(fmt(v), 11))))) + 6 : 0;
  const bars: string[] = [];
  const valueTexts: string[] = [];
  let body: string;
  let height: number;

  if (o.orientation === 'horizontal') {
    const labelWidth = Math.min(o.width * 0.38, Math.max(...data.categories.map((c) => textWidth(c, 12))) + 4);
    const wrapped = data.categories.map((c) => wrapText(c, labelWidth, 12, 2));
    const band = o.bandSize || Math.max(24, 10 + Math.max(...wrapped.map((l) => l.length)) * 14, 12 * data.series.length + 10);
    const left = labelWidth + 10;
    const right = o.width - 12 - valueWidth;
    const y = scaleBand().domain(keys).range([top, top + n * band]).paddingInner(0.25).paddingOuter(0.15);
    const inner = scaleBand().domain(names.map((_, i) => String(i))).range([0, y.bandwidth()]).padding(0.08);
    const x = scaleLinear().domain([lo, hi]).range([left, right]);
    const axisY = top + n * band;
    data.series.forEach((s, si) => {
      const group: string[] = [];
      s.values.forEach((v, ci) => {
        if (v === null || !Number.isFinite(v)) return;
        const by = y(String(ci))! + inner(String(si))!;
        const x0 = x(Math.min(0, v));
        group.push(el('rect', { x: x0, y: by, width: Math.abs(x(v) - x(0)), height: inner.bandwidth() }));
        if (o.valueLabels) valueTexts.push(text(fmt(v), { x: v < 0 ? x(v) - 4 : x(v) + 4, y: by + inner.bandwidth() / 2, dy: '0.32em', 'text-anchor': v < 0 ? 'end' : undefined }));
      });
      bars.push(el('g', { fill: seriesColor(si) }, group));
    });
    const categoryLabels = wrapped.map((lines, ci) => {
      const cy = y(String(ci))! + y.bandwidth() / 2 - ((lines.length - 1) * 14) / 2;
      return el('text', { x: left - 8, y: cy, dy: '0.32em' }, lines.map((line, li) => el('tspan', { x: left - 8, dy: li ? 14 : undefined }, escapeXml(line))));
    });
    body =
      bottomAxis(x, axisY, { ticks: Math.max(2, Math.round((right - left) / 80)), format: fmt, gridLength: axisY - top, label: o.valueLabel || undefined }) +
      el('g', { class: 'chart-bars' }, bars) +
      el('line', { x1: x(0), x2: x(0), y1: top, y2: axisY, stroke: color('ink') }) +
      el('g', { class: 'chart-categories', 'text-anchor': 'end', fill: color('ink') }, categoryLabels);
    height = axisY + (o.valueLabel ? 40 : 26);
  } else {
    const left = Math.max(...scaleLinear().domain([lo, hi]).ticks(5).map((t) => textWidth(fmt(t), 11))) + 12;
    const right = o.width - 8;
    const x = scaleBand().domain(keys).range([left, right]).paddingInner(0.2).paddingOuter(0.1);
    const inner = scaleBand().domain(names.map((_, i) => String(i))).range([0, x.bandwidth()]).padding(0.06);
    const wrapped = data.categories.map((c) => wrapText(c, x.step() - 4, 11, 3));
    const lines = Math.max(1, ...wrapped.map((l) => l.length));
    const plotBottom = top + o.height;
    const y = scaleLinear().domain([lo, hi]).range([plotBottom, top + (o.valueLabels ? 14 : 0)]);
    data.series.forEach((s, si) => {
      const group: string[] = [];
      s.values.forEach((v, ci) => {
        if (v === null || !Number.isFinite(v)) return;
        const bx = x(String(ci))! + inner(String(si))!;
        group.push(el('rect', { x: bx, y: y(Math.max(0, v)), width: inner.bandwidth(), height: Math.abs(y(v) - y(0)) }));
        if (o.valueLabels) valueTexts.push(text(fmt(v), { x: bx + inner.bandwidth() / 2, y: v < 0 ? y(v) + 12 : y(v) - 4, 'text-anchor': 'middle' }));
      });
      bars.push(el('g', { fill: seriesColor(si) }, group));
    });
    const categoryLabels = wrapped.map((ls, ci) => {
      const cx = x(String(ci))! + x.bandwidth() / 2;
      return el('text', { x: cx, y: plotBottom + 16 }, ls.map((line, li) => el('tspan', { x: cx, dy: li ? 13 : undefined }, escapeXml(line))));
    });
    body =
      leftAxis(y, left, { ticks: 5, format: fmt, gridLength: right - left, label: o.valueLabel || undefined }) +
      el('g', { class: 'chart-bars' }, bars) +
      el('line', { x1: left, x2: right, y1: y(0), y2: y(0), stroke: color('ink') }) +
      el('g', { class: 'chart-categories', 'text-anchor': 'middle', fill: color('ink'), 'font-size': 11 }, categoryLabels);
    height = plotBottom + 12 + lines * 13 + 4;
  }
  const values = valueTexts.length ? el('g', { class: 'chart-values', 'font-size': 11, fill: color('ink') }, valueTexts) : '';
  return svgRoot(
    { id: o.id, width: o.width, height, title: o.title, description: o.description || describeBarChart(data, o), className: 'chart-bar' },
    key.markup + body + values,
  );
}

/** The numbers behind the chart: one row per category, one column per series. */
export function barChartTable(data: BarChartData, options: { categoryLabel?: string; format?: string } = {}): ChartTable {
  const fmt = numberFormatter(options.format || undefined);
  return {
    headers: [options.categoryLabel ?? '', ...data.series.map((s) => s.name)],
    rows: data.categories.map((c, i) => [c, ...data.series.map((s) => (s.values[i] === null || s.values[i] === undefined ? '' : fmt(s.values[i]!)))]),
  };
}
