/**
 * Figure numbering and the shared steps of the chart components: numbers count per page in order
 * of appearance, kept beside the page's `Astro.locals` (one object per rendered page).
 */
import type { ChartTable } from '../../charts/svg.ts';

const counters = new WeakMap<object, number>();

/** A figure's number and its element id (`figure-3`). */
export interface FigureNumber {
  number: number;
  id: string;
}

/**
 * The next figure number on this page. Call it first thing in a component's frontmatter, before
 * any `await`: components start in document order, so numbers follow the order of appearance.
 */
export function nextFigure(locals: object): FigureNumber {
  const number = (counters.get(locals) ?? 0) + 1;
  counters.set(locals, number);
  return { number, id: `figure-${number}` };
}

/** Which columns hold numbers (right-aligned, tabular figures): every non-empty cell numeric. */
export function numericColumns(table: ChartTable): boolean[] {
  return table.headers.map((_, c) => {
    const cells = table.rows.map((r) => r[c] ?? '').filter((v) => v !== '');
    return cells.length > 0 && cells.every((v) => /^[−-]?[\d,.]+%?(?:–[\d,.]+%?)?$/.test(v));
  });
}
