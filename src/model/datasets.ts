/**
 * Datasets behind the charts, pure: parsing the text of `content/data/<id>.csv|json`, and typed
 * column access whose failures are errors-as-data (catalogue names from src/errors.ts) naming
 * the dataset file, the row (and file line), the column and what to do. The build's loader
 * (src/loaders/datasets.ts), the chart components and `sitrep check` all read datasets here.
 */
import { csvParse } from 'd3-dsv';
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

export function basename(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
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
