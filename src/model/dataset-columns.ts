/**
 * Typed access to a dataset's columns for the charts: text, numbers and dates, each failure an
 * error-as-data (./datasets.ts's ChartError) naming the file, row, line and column, with a hint;
 * and the chart inputs built from them. Pure, like the parser beside it.
 */
import { parseIsoDate } from '../schemas/common.ts';
import { closest } from '../schemas/briefing.ts';
import type { Dataset, DatasetCell } from '../schemas/dataset.ts';
import { explain } from '../errors.ts';
import { ChartError, basename, type ChartContext } from './datasets.ts';

/** Quotes a cell for a message. */
function shown(value: DatasetCell | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty cell' : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  return String(value);
}

/**
 * The dataset with this id, or a DatasetNotFound error naming the briefing and listing the ids
 * that exist. `entry` is what `getEntry('datasets', id)` returned.
 */
export function requireDataset(entry: { data: Dataset } | undefined, id: string, context: ChartContext & { known?: readonly string[] | undefined; dataDir?: string | undefined } = {}): Dataset {
  if (entry) return entry.data;
  const dir = context.dataDir ?? 'content/data';
  const near = context.known ? nearName(id, context.known) : undefined;
  throw new ChartError({
    briefing: context.briefing,
    component: context.component,
    ...explain('DatasetNotFound', [id, dir], [id, dir, near, context.known ?? []]),
  });
}

/** Where a cell is, for messages. */
function cellWhere(dataset: Dataset, index: number, column: string) {
  // Inline rows have no lines of their own: the briefing's component is the place.
  const inline = dataset.file.endsWith(INLINE);
  return { file: dataset.file, dataset: datasetId(dataset), row: index + 1, line: inline ? undefined : dataset.lines[index], column };
}

/** The dataset id: its file name without extension. */
export function datasetId(dataset: Dataset): string {
  return basename(dataset.file).replace(/\.[^.]+$/, '');
}

/** The name an author probably meant: within edit distance 2, or sharing most of its beginning. */
export function nearName(name: string, candidates: readonly string[]): string | undefined {
  const near = closest(name, candidates);
  if (near) return near;
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestLength = 0;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    let n = 0;
    while (n < c.length && n < lower.length && c[n] === lower[n]) n++;
    if (n >= 4 && n >= 0.6 * Math.min(c.length, lower.length) && n > bestLength) [best, bestLength] = [candidate, n];
  }
  return best;
}

/** How many column names an UnknownColumn message lists, and how long each may be. */
const SHOWN_COLUMNS = 8;
const SHOWN_LENGTH = 40;

/** A name cut short for a message: a header row is the file's text, so a message quotes only a little of it. */
function excerpt(name: string): string {
  return name.length > SHOWN_LENGTH ? `${name.slice(0, SHOWN_LENGTH - 1)}…` : name;
}

/** The first column names, each cut short: never the whole header row of the file. */
function shownColumns(columns: readonly string[]): string[] {
  return columns.slice(0, SHOWN_COLUMNS).map(excerpt);
}

/** The raw cells of a column, or an UnknownColumn error that lists (some of) the columns there are. */
export function getColumn(dataset: Dataset, name: string, context: ChartContext = {}): DatasetCell[] {
  if (!dataset.columns.includes(name)) {
    const near = nearName(name, dataset.columns);
    throw new ChartError({
      ...context,
      file: dataset.file,
      dataset: datasetId(dataset),
      column: name,
      ...explain('UnknownColumn', [shownColumns(dataset.columns), Math.max(0, dataset.columns.length - SHOWN_COLUMNS)], [near === undefined ? undefined : excerpt(near)]),
    });
  }
  return dataset.rows.map((row) => row[name] ?? null);
}

/** A column as text (for categories and labels); null becomes "". */
export function getTextColumn(dataset: Dataset, name: string, context: ChartContext = {}): string[] {
  return getColumn(dataset, name, context).map((cell) => (cell === null ? '' : String(cell).trim()));
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A column as numbers. Empty cells (and JSON null) are missing values (`null`, drawn as a gap);
 * anything else that is not plain digits is an error naming the row and line.
 */
export function getNumberColumn(dataset: Dataset, name: string, context: ChartContext = {}): (number | null)[] {
  return getColumn(dataset, name, context).map((cell, i) => {
    if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return null;
    if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
    if (typeof cell === 'string' && NUMBER.test(cell.trim())) return Number(cell.trim());
    const example = typeof cell === 'string' ? /-?\d+(?:\.\d+)?/.exec(cell.replace(/,/g, ''))?.[0] : undefined;
    throw new ChartError({
      ...context,
      ...cellWhere(dataset, i, name),
      ...explain('NotANumber', [shown(cell)], [example]),
    });
  });
}

/**
 * A column as UTC dates: `YYYY-MM-DD`, an ISO datetime, `YYYY-MM` (the 1st) or `YYYY` (1 January).
 * A JSON number is read as a year.
 */
export function getDateColumn(dataset: Dataset, name: string, context: ChartContext = {}): Date[] {
  return getColumn(dataset, name, context).map((cell, i) => {
    const raw = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell.trim() : '';
    const date = /^\d{4}$/.test(raw) ? new Date(`${raw}-01-01T00:00:00Z`) : /^\d{4}-\d{2}$/.test(raw) ? parseIsoDate(`${raw}-01`) : parseIsoDate(raw);
    if (date) return date;
    throw new ChartError({
      ...context,
      ...cellWhere(dataset, i, name),
      ...explain('NotADate', [shown(cell)], []),
    });
  });
}

/**
 * True when every non-empty cell of the column reads as a date (used to pick a time axis):
 * ISO dates, `YYYY-MM`, or four-digit years (a column of years is a time axis, not 2,022…).
 */
export function isDateColumn(dataset: Dataset, name: string): boolean {
  const cells = dataset.rows.map((r) => r[name]).filter((c) => c !== null && c !== undefined && String(c).trim() !== '');
  return cells.length > 0 && cells.every((c) => {
    const raw = String(c).trim();
    return /^\d{4}(?:-\d{2})?$/.test(raw) || (typeof c === 'string' && parseIsoDate(raw) !== undefined);
  });
}

const INLINE = ' (inline rows)';

/** A dataset from inline rows (`rows={[…]}` in MDX): the briefing is the file to fix. */
export function inlineDataset(rows: readonly Record<string, DatasetCell>[], briefing: string | undefined): Dataset {
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  return { format: 'json', file: `${briefing ?? 'the briefing'}${INLINE}`, columns, rows: [...rows], lines: rows.map(() => 1) };
}

/** The columns a chart reads: `x`, one or more `y`, and optional series names. */
export interface ChartColumns {
  x: string;
  y: string | readonly string[];
  labels?: readonly string[] | undefined;
}

function yColumns(columns: ChartColumns): { names: string[]; labels: string[] } {
  const names = typeof columns.y === 'string' ? [columns.y] : [...columns.y];
  return { names, labels: names.map((n, i) => columns.labels?.[i] ?? n) };
}

/** Bar chart input from a dataset: categories from `x`, one series per `y` column. */
export function toBarChartData(dataset: Dataset, columns: ChartColumns, context: ChartContext = {}): { categories: string[]; series: { name: string; values: (number | null)[] }[] } {
  const categories = getTextColumn(dataset, columns.x, context);
  const { names, labels } = yColumns(columns);
  return { categories, series: names.map((n, i) => ({ name: labels[i]!, values: getNumberColumn(dataset, n, context) })) };
}

/** Line chart input from a dataset: x as dates when the column reads as dates, else as numbers. */
export function toLineChartData(dataset: Dataset, columns: ChartColumns, context: ChartContext = {}): { series: { name: string; points: { x: Date | number; y: number | null }[] }[] } {
  getColumn(dataset, columns.x, context);
  const xs: (Date | number)[] = isDateColumn(dataset, columns.x)
    ? getDateColumn(dataset, columns.x, context)
    : getNumberColumn(dataset, columns.x, context).map((v, i) => {
        if (v !== null) return v;
        throw new ChartError({ ...context, ...cellWhere(dataset, i, columns.x), ...explain('NotANumber', ['an empty cell', true], [undefined, true]) });
      });
  const { names, labels } = yColumns(columns);
  return {
    series: names.map((n, i) => {
      const ys = getNumberColumn(dataset, n, context);
      return { name: labels[i]!, points: xs.map((x, j) => ({ x, y: ys[j] ?? null })) };
    }),
  };
}
