/**
 * Datasets behind the charts, pure: parsing the text of `content/data/<id>.csv|json`, and typed
 * column access whose failures are errors-as-data (catalogue names from src/errors.ts) naming
 * the dataset file, the row (and file line), the column and what to do. The build's loader
 * (src/loaders/datasets.ts), the chart components and `sitrep check` all read datasets here.
 */
import { csvParse } from 'd3-dsv';
import { parseIsoDate } from '../schemas/common.ts';
import { closest } from '../schemas/briefing.ts';
import type { Dataset, DatasetCell, DatasetFormat } from '../schemas/dataset.ts';
import { SitrepError, explain, type ErrorName } from '../errors.ts';

/** The chart and dataset errors a ChartError carries. */
export type ChartErrorName = Extract<ErrorName,
  'InvalidDataset' | 'DatasetNotFound' | 'DatasetUnreadable' | 'UnknownColumn' | 'NotANumber' | 'NotADate' | 'InvalidChartProp' | 'ChartOutsideBriefing'>;

/** Who asked: the briefing being rendered and the component, so messages point at the MDX. */
export interface ChartContext {
  /** The briefing file, relative to the project root (`content/briefings/x.mdx`). */
  briefing?: string | undefined;
  /** The component and its telling props, e.g. `<BarChart data="x">`. */
  component?: string | undefined;
}

/** What went wrong, where: the parts a chart error message is made of. */
export interface ChartErrorDetails extends ChartContext {
  name: ChartErrorName;
  /** What was expected and what was found. */
  message: string;
  /** What to do. */
  hint: string;
  /** The file to fix (a dataset file, or the briefing for a bad prop). */
  file?: string | undefined;
  dataset?: string | undefined;
  /** 1-based data row (header excluded) and its 1-based line in the file. */
  row?: number | undefined;
  line?: number | undefined;
  column?: string | undefined;
  /** The prop, for prop errors. */
  prop?: string | undefined;
}

/** Where in the data or props a chart error is: `content/data/x.csv row 3 (line 4), column "killed"`. */
export function chartErrorWhere(details: ChartErrorDetails): string {
  const where = [
    details.file && details.file !== details.briefing ? details.file : undefined,
    details.row !== undefined ? `row ${details.row}${details.line !== undefined ? ` (line ${details.line})` : ''}` : undefined,
  ].filter(Boolean).join(' ');
  return [where, details.column !== undefined ? `column "${details.column}"` : undefined, details.prop !== undefined ? `prop "${details.prop}"` : undefined]
    .filter(Boolean)
    .join(', ');
}

/**
 * An error from a chart's data or props. Its message reads, e.g.:
 * `content/briefings/s.mdx: <BarChart data="x">: content/data/x.csv row 3 (line 4), column
 * "fatalities": expected a number, got "about 70". Hint: write digits only…`
 */
export class ChartError extends SitrepError {
  readonly details: ChartErrorDetails;
  constructor(details: ChartErrorDetails) {
    const field = chartErrorWhere(details);
    super({
      name: details.name,
      file: details.file ?? details.briefing,
      line: details.line,
      field: field || undefined,
      message: details.message,
      hint: details.hint,
    });
    this.details = details;
    const head = [details.briefing, details.component, field].filter(Boolean).join(': ');
    this.message = `${head ? `${head}: ` : ''}${details.message}. Hint: ${details.hint}`;
    this.stack = `${this.name}: ${this.message}`;
  }
}

function basename(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

/** Quotes a cell for a message. */
function shown(value: DatasetCell | undefined): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.trim() === '' ? 'an empty cell' : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  return String(value);
}

/** The format a file name implies, or undefined for other files. */
export function datasetFormat(file: string): DatasetFormat | undefined {
  const dot = basename(file).lastIndexOf('.');
  const ext = dot <= 0 ? '' : basename(file).slice(dot).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.json' ? 'json' : undefined;
}

/** 1-based line where each CSV record starts (quoted fields may span lines). */
export function csvRecordLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (atStart && c !== '\n' && c !== '\r') {
      starts.push(line);
      atStart = false;
    }
    if (c === '"') quoted = !quoted;
    else if (c === '\n') {
      line++;
      if (!quoted) atStart = true;
    }
  }
  return starts;
}

/** 1-based line where each top-level element of a JSON array starts. */
function jsonElementLines(text: string): number[] {
  const starts: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (depth === 1 && expectValue && c !== ']') {
      starts.push(line);
      expectValue = false;
    }
    if (c === '"') inString = true;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expectValue = true;
  }
  return starts;
}

/**
 * Parses a dataset file's text. CSV: the header row names the columns, every cell stays a string
 * (coercion happens per column, where the error can name it). JSON: an array of flat objects.
 */
export function parseDataset(text: string, file: string): Dataset {
  const format = datasetFormat(file);
  const unreadable = (detail: string, hint: string | undefined, line?: number) => new ChartError({ file, line, ...explain('InvalidDataset', [detail], [hint]) });
  if (!format) throw unreadable(`expected a .csv or .json file; got "${basename(file)}"`, undefined);
  if (format === 'csv') {
    const body = text.replace(/^\uFEFF/, '');
    const parsed = csvParse(body);
    const lines = csvRecordLines(body).slice(1);
    const columns = parsed.columns.map((c) => c.trim());
    if (!columns.length || columns.every((c) => c === '')) throw unreadable('expected a header row naming the columns; the file is empty', 'write the column names on the first line, e.g. attack,date,fatalities.', 1);
    const rows = parsed.map((row) => Object.fromEntries(parsed.columns.map((c, i) => [columns[i]!, row[c] ?? ''])) as Record<string, DatasetCell>);
    return { format, file, columns, rows, lines: rows.map((_, i) => lines[i] ?? i + 2) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
    throw unreadable(`expected valid JSON; ${(error as Error).message}`, 'check for a missing comma or quote; a JSON dataset is an array of objects like [{ "year": 2024, "attacks": 12 }].', line);
  }
  if (!Array.isArray(value)) throw unreadable(`expected a JSON array of row objects; got ${value === null ? 'null' : typeof value}`, 'wrap the rows in [ ], one object per row: [{ "year": 2024, "attacks": 12 }].');
  const lines = jsonElementLines(text);
  const columns: string[] = [];
  const rows = value.map((row, i) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new ChartError({ file, row: i + 1, line: lines[i], ...explain('InvalidDataset', [`expected an object of column values; got ${Array.isArray(row) ? 'an array' : JSON.stringify(row)}`], ['write each row as an object, e.g. { "year": 2024, "attacks": 12 }.']) });
    }
    for (const [key, cell] of Object.entries(row)) {
      if (!columns.includes(key)) columns.push(key);
      if (cell !== null && typeof cell === 'object') {
        throw new ChartError({ file, row: i + 1, line: lines[i], column: key, ...explain('InvalidDataset', [`expected a string, number, true/false or null; got ${Array.isArray(cell) ? 'an array' : 'an object'}`], ['flatten nested values into their own columns.']) });
      }
    }
    return row as Record<string, DatasetCell>;
  });
  return { format, file, columns, rows, lines: rows.map((_, i) => lines[i] ?? 1) };
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

/** The raw cells of a column, or an UnknownColumn error that lists the columns there are. */
export function getColumn(dataset: Dataset, name: string, context: ChartContext = {}): DatasetCell[] {
  if (!dataset.columns.includes(name)) {
    const near = nearName(name, dataset.columns);
    throw new ChartError({
      ...context,
      file: dataset.file,
      dataset: datasetId(dataset),
      column: name,
      ...explain('UnknownColumn', [dataset.columns], [near]),
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
