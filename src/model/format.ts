/** Formatting of dates, numbers and reading time for pages and feeds: UTC, locale-stable. */
import type { Fatalities, Precision } from '../schemas/event.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-10-10` (the machine-readable date for `<time datetime>`). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "10 October 2024", "October 2024" or "2024", as precise as the date is. */
export function formatDate(date: Date, precision: Precision = 'day'): string {
  const year = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()];
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${month} ${year}`;
  return `${date.getUTCDate()} ${month} ${year}`;
}

/** `<time datetime>` value honest about precision: `2024`, `2024-10` or `2024-10-06`. */
export function datetimeAttr(date: Date, precision: Precision = 'day'): string {
  const iso = isoDate(date);
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

/** "12", "70–77" for a range. */
export function formatFatalities(value: Fatalities): string {
  return typeof value === 'number' ? String(value) : value.low === value.high ? String(value.low) : `${value.low}–${value.high}`;
}

/** Words in a text, counting runs of letters/digits (works for accented and non-Latin words). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Minutes to read `words` at 230 words a minute, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
