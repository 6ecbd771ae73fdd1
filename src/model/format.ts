/**
 * The one place where dates and numbers become text, for pages, feeds, cards and charts alike:
 * dates in UTC (content dates are UTC midnights) and no more exact than they are known, numbers
 * with the same separators everywhere, and nothing that depends on the machine's locale.
 */
import { format as d3Format } from 'd3-format';
import type { Fatalities, Precision } from '../schemas/event.ts';

export type { Fatalities, Precision } from '../schemas/event.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "10 October 2024", "October 2024" or "2024", as precise as the date is. `short` abbreviates the
 * month of a full date ("10 Oct 2024"), where a chart's labels need the room.
 */
export function formatDate(date: Date, precision: Precision = 'day', style: 'long' | 'short' = 'long'): string {
  const year = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()]!;
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${month} ${year}`;
  return `${date.getUTCDate()} ${style === 'short' ? month.slice(0, 3) : month} ${year}`;
}

/**
 * The ISO 8601 date cut to its precision, `2024`, `2024-10` or `2024-10-06`: the `<time datetime>`
 * value, and the date column of data tables and exports.
 */
export function datetimeAttr(date: Date, precision: Precision = 'day'): string {
  const iso = date.toISOString().slice(0, 10);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

/**
 * The coarsest precision that still states every date exactly: `year` when all are 1 January,
 * `month` when all are the 1st, else `day` (so yearly data reads 2023, not 2023-01-01).
 */
export function commonPrecision(dates: readonly Date[]): Precision {
  if (!dates.length) return 'day';
  if (dates.every((d) => d.getUTCDate() === 1 && d.getUTCHours() === 0)) {
    return dates.every((d) => d.getUTCMonth() === 0) ? 'year' : 'month';
  }
  return 'day';
}

const grouped = d3Format(',d');
const trimmed = d3Format(',.4~g');

/** "1,200": a whole number with thousands separators. */
export function formatCount(n: number): string {
  return grouped(n);
}

/** A whole number as `formatCount` writes it, anything else to four significant digits: "1,200", "0.25". */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? grouped(n) : trimmed(n);
}

/** A number formatter from a chart's d3-format specifier (`,.0f`, `.1%`…); without one, `formatNumber`. */
export function numberFormatter(specifier: string | undefined): (n: number) => string {
  return specifier ? d3Format(specifier) : formatNumber;
}

/** "12", "1,200", "70–77" for a range, "" when unknown: the same on pages, in charts and in feeds. */
export function formatFatalities(value: Fatalities | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return formatCount(value);
  return value.low === value.high ? formatCount(value.low) : `${formatCount(value.low)}–${formatCount(value.high)}`;
}

/** The low and high ends of a count or range. */
export function fatalityBounds(value: Fatalities): [number, number] {
  return typeof value === 'number' ? [value, value] : [value.low, value.high];
}

/** Joins list items in prose: "A", "A and B", "A, B and C". */
export function listProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Words in a text, counting runs of letters/digits (works for accented and non-Latin words). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Minutes to read `words` at 230 words a minute, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
