/**
 * Small readers for frontmatter as parsed, before or after validation, where any field may hold
 * anything: the checker and the lint use them to look past whatever is malformed (the schema
 * reports that).
 */
import { parseIsoDate } from '../schemas/common.ts';

/** The value if it is an array, else an empty one. */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** True for a plain object: not null, an array or a Date (YAML parses dates to Dates). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** A valid Date, or an ISO date string parsed to one; undefined for anything else. */
export function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  return typeof value === 'string' ? parseIsoDate(value) : undefined;
}

/** The UTC calendar date as YYYY-MM-DD, as written in frontmatter. */
export function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}
