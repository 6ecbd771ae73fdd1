/**
 * Axes drawn as strings from a scale's own `ticks()` and `tickFormat()`, the way d3-axis would
 * draw them but without a DOM. Each returns a <g> positioned by the caller's margins.
 */
import { color, el, text } from './svg.ts';

/** The part of a continuous d3 scale an axis needs. */
export interface TickScale<T> {
  (value: T): number;
  ticks(count?: number): T[];
  tickFormat(count?: number, specifier?: string): (value: T) => string;
  range(): number[];
}

/** Options shared by the axes. */
export interface AxisOptions<T> {
  /** Roughly how many ticks. */
  ticks: number;
  /** Overrides the scale's tick format. */
  format?: ((value: T) => string) | undefined;
  /** Length of gridlines across the plot (0: none). */
  gridLength?: number;
  /** Axis title, drawn at the end of the axis. */
  label?: string | undefined;
}

/** A horizontal axis at y = `y`: baseline, ticks, labels under them, optional vertical grid above. */
export function bottomAxis<T>(scale: TickScale<T>, y: number, o: AxisOptions<T>): string {
  const ticks = scale.ticks(o.ticks);
  const fmt = o.format ?? scale.tickFormat(o.ticks);
  const [r0, r1] = scale.range() as [number, number];
  const grid = o.gridLength
    ? el('g', { stroke: color('grid'), 'stroke-width': 1 }, ticks.map((t) => el('line', { x1: scale(t), x2: scale(t), y1: y - o.gridLength!, y2: y })))
    : '';
  const marks = ticks.map((t) => el('line', { x1: scale(t), x2: scale(t), y1: y, y2: y + 5 })).join('');
  const labels = ticks.map((t) => text(fmt(t), { x: scale(t), y: y + 17 })).join('');
  return (
    grid +
    el('g', { class: 'chart-axis chart-axis-x', 'aria-hidden': 'true' }, [
      el('line', { x1: Math.min(r0, r1), x2: Math.max(r0, r1), y1: y, y2: y, stroke: color('axis') }),
      el('g', { stroke: color('axis') }, marks),
      el('g', { 'text-anchor': 'middle', fill: color('muted'), 'font-size': 11 }, labels),
      o.label ? text(`${o.label} →`, { x: Math.max(r0, r1), y: y + 32, 'text-anchor': 'end', fill: color('muted'), 'font-size': 11 }) : '',
    ])
  );
}

/** A vertical axis at x = `x`: tick labels left of it and optional horizontal grid lines to the right. */
export function leftAxis<T>(scale: TickScale<T>, x: number, o: AxisOptions<T>): string {
  const ticks = scale.ticks(o.ticks);
  const fmt = o.format ?? scale.tickFormat(o.ticks);
  const [r0, r1] = scale.range() as [number, number];
  const grid = o.gridLength
    ? el('g', { stroke: color('grid'), 'stroke-width': 1 }, ticks.map((t) => el('line', { x1: x, x2: x + o.gridLength!, y1: scale(t), y2: scale(t) })))
    : '';
  const labels = ticks.map((t) => text(fmt(t), { x: x - 6, y: scale(t), dy: '0.32em' })).join('');
  return (
    grid +
    el('g', { class: 'chart-axis chart-axis-y', 'aria-hidden': 'true' }, [
      el('g', { 'text-anchor': 'end', fill: color('muted'), 'font-size': 11 }, labels),
      // The title sits above the axis at the chart's left edge, as Observable Plot writes "↑ Label".
      o.label ? text(`↑ ${o.label}`, { x: 0, y: Math.min(r0, r1) - 12, 'text-anchor': 'start', fill: color('muted'), 'font-size': 11 }) : '',
    ])
  );
}
