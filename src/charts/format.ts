/**
 * Formatting for chart labels, descriptions and data tables: dates in UTC (content dates are UTC
 * midnights), written no more precisely than they are known, and fatality counts or ranges.
 */
import { format as d3Format } from 'd3-format';
import { utcFormat } from 'd3-time-format';

/** How exact a date is (the content model's `precision`). */
export type DatePrecision = 'day' | 'month' | 'year';

/** A count, or a `{ low, high }` range when sources disagree. */
export type FatalityCount = number | { low: number; high: number };

const dayFormat = utcFormat('%-d %b %Y');
const monthFormat = utcFormat('%B %Y');
const yearFormat = utcFormat('%Y');
const isoFormat = utcFormat('%Y-%m-%d');

/** "6 Oct 2024", "May 2024" or "2024": a date no more exact than its precision. */
export function formatDate(date: Date, precision: DatePrecision = 'day'): string {
  if (precision === 'year') return yearFormat(date);
  if (precision === 'month') return monthFormat(date);
  return dayFormat(date);
}

/** ISO form for tables and machine readers, cut to the precision: 2024-10-06, 2024-05, 2024. */
export function formatIsoDate(date: Date, precision: DatePrecision = 'day'): string {
  const iso = isoFormat(date);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

const integer = d3Format(',d');

/** "70–77" for a range, "200" for a count, "" when unknown. */
export function formatFatalities(value: FatalityCount | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return integer(value);
  return value.low === value.high ? integer(value.low) : `${integer(value.low)}–${integer(value.high)}`;
}

/** The low and high ends of a count or range. */
export function fatalityBounds(value: FatalityCount): [number, number] {
  return typeof value === 'number' ? [value, value] : [value.low, value.high];
}

/** A number formatter from a d3-format specifier (`,.0f`, `.1%`…); the default trims zeros. */
export function numberFormatter(specifier: string | undefined): (n: number) => string {
  if (specifier) return d3Format(specifier);
  const decimal = d3Format(',.4~g');
  return (n) => (Number.isInteger(n) ? integer(n) : decimal(n));
}

/** Joins list items in prose: "A", "A and B", "A, B and C". */
export function listProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The coarsest precision that still states every date exactly: `year` when all are 1 January,
 * `month` when all are the 1st, else `day` (so yearly data reads 2023, not 2023-01-01).
 */
export function commonPrecision(dates: readonly Date[]): DatePrecision {
  if (!dates.length) return 'day';
  if (dates.every((d) => d.getUTCDate() === 1 && d.getUTCHours() === 0)) {
    return dates.every((d) => d.getUTCMonth() === 0) ? 'year' : 'month';
  }
  return 'day';
}
