/** A one-row-or-more key of series swatches, shared by the bar and line charts. */
import { color, el, seriesColor, text, textWidth } from './svg.ts';

/** Lays out swatches left to right, wrapping at `width`; returns the markup and its height. */
export function seriesLegend(names: readonly string[], x0: number, top: number, width: number, kind: 'bar' | 'line'): { markup: string; height: number } {
  if (names.length < 2) return { markup: '', height: 0 };
  const entries: string[] = [];
  let x = x0;
  let y = top + 8;
  names.forEach((name, i) => {
    const w = 18 + textWidth(name, 11) + 16;
    if (x > x0 && x + w > width) {
      x = x0;
      y += 18;
    }
    const swatch = kind === 'bar'
      ? el('rect', { x, y: y - 5, width: 12, height: 10, fill: seriesColor(i) })
      : el('line', { x1: x, x2: x + 14, y1: y, y2: y, stroke: seriesColor(i), 'stroke-width': 2.5, 'stroke-dasharray': dash(i) });
    entries.push(swatch + text(name, { x: x + 18, y: y + 4 }));
    x += w;
  });
  return { markup: el('g', { class: 'chart-legend', 'font-size': 11, fill: color('ink') }, entries), height: y - top + 14 };
}

/**
 * A dash pattern per series, so lines stay distinguishable without colour (print, colour-blind
 * readers): solid, dashed, dotted, dash-dot…
 */
export function dash(index: number): string | undefined {
  return [undefined, '6 3', '2 3', '8 3 2 3', '12 4', '3 6'][index % 6];
}
