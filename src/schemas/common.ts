/**
 * Field types shared by every content schema. Each failure message says what was expected, what
 * was found and, after "Hint:", what to do, because authors read these in a terminal.
 */
import { z } from 'astro/zod';
import { isCountryCode, suggestCountryCodes } from '../model/countries.ts';

/** Quote a received value for an error message, briefly. */
export function received(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'an invalid date' : input.toISOString().slice(0, 10);
  const text = typeof input === 'string' ? JSON.stringify(input) : JSON.stringify(input) ?? String(input);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * A calendar date or ISO datetime. YAML turns `2024-10-10` into a Date already; strings are parsed
 * as ISO 8601 only, never with `Date`'s locale-dependent guesses.
 */
export const dateSchema = z.union([z.date(), z.string()], {
  error: (iss) => `expected a date like 2024-10-10; got ${received(iss.input)}`,
}).transform((value, ctx) => {
  const date = typeof value === 'string' ? parseIsoDate(value) : value;
  if (!date || Number.isNaN(date.getTime())) {
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: `expected a date like 2024-10-10 or 2024-10-10T14:30:00Z; got ${received(value)}. Hint: write dates as YYYY-MM-DD.`,
    });
    return z.NEVER;
  }
  return date;
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses `YYYY-MM-DD` (as UTC midnight) or an ISO datetime; undefined if it is neither or impossible (2024-02-30). */
export function parseIsoDate(text: string): Date | undefined {
  const trimmed = text.trim();
  if (!ISO_DATE.test(trimmed)) return undefined;
  const date = new Date(trimmed.length === 10 ? `${trimmed}T00:00:00Z` : trimmed);
  if (Number.isNaN(date.getTime())) return undefined;
  // `new Date` rolls 2024-02-30 over to March; a calendar date must survive the round trip.
  if (trimmed.length === 10 && date.toISOString().slice(0, 10) !== trimmed) return undefined;
  return date;
}

/** A lowercase slug id: letters, digits and single hyphens (`f24-bamako`, `jnim`). */
export const slugSchema = z.string({ error: (iss) => `expected a lowercase id such as "f24-bamako"; got ${received(iss.input)}` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (iss) => `expected a lowercase id of letters, digits and hyphens; got ${received(iss.input)}. Hint: try "${toSlug(String(iss.input))}".`,
  });

/** Latin letters that Unicode does not decompose into a base letter plus a diacritic. */
const FOLDS: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

/** Folds a string into a slug: diacritics removed, punctuation dropped, words joined by hyphens. */
export function toSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[łøđðħıßæœþ]/g, (c) => FOLDS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * An absolute http(s) URL. Any other scheme (`javascript:`, `data:`, `file:`) is refused: source
 * links are rendered as live links, so they must never run code or reach a reader's disk.
 */
export const httpUrlSchema = z.string({ error: (iss) => `expected an absolute https:// URL; got ${received(iss.input)}` })
  .superRefine((value, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url) {
      ctx.addIssue({ code: 'custom', input: value, message: `expected an absolute URL starting with https:// or http://; got ${received(value)}. Hint: copy the full address from the browser's address bar.` });
    } else if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      ctx.addIssue({ code: 'custom', input: value, message: `expected an http: or https: URL; got the scheme "${url.protocol}". Hint: only web links are allowed; link the page that hosts the document instead.` });
    }
  });

/** An ISO 3166-1 alpha-2 country code, checked against the real ISO list. */
export const countryCodeSchema = z.string({ error: (iss) => `expected an ISO 3166-1 alpha-2 country code such as "ML"; got ${received(iss.input)}` })
  .superRefine((value, ctx) => {
    if (isCountryCode(value)) return;
    const suggestions = suggestCountryCodes(value);
    const hint = suggestions.length
      ? `Hint: did you mean "${suggestions[0]}"?`
      : 'Hint: use the two-letter ISO code in capitals, e.g. ML for Mali, BF for Burkina Faso, NE for Niger.';
    ctx.addIssue({ code: 'custom', input: value, message: `expected an ISO 3166-1 alpha-2 country code; got ${received(value)}. ${hint}` });
  });

/**
 * An id that must name a file in another collection (`content/authors/<id>.yaml`…). `known` is
 * the set of ids present; `undefined` skips the check (used where only the shape matters).
 */
export function referenceSchema(collection: string, known: ReadonlySet<string> | undefined) {
  return slugSchema.superRefine((id, ctx) => {
    if (!known || known.has(id)) return;
    const options = [...known].sort();
    ctx.addIssue({
      code: 'custom',
      input: id,
      message: `expected the id of a file in content/${collection}/; got "${id}", which has no content/${collection}/${id}.yaml. Hint: ${
        options.length ? `use one of ${options.join(', ')}, or ` : ''
      }create content/${collection}/${id}.yaml.`,
    });
  });
}

/** A non-empty list with no repeated entries. */
export function uniqueList<T extends z.ZodType>(item: T, what: string) {
  return z.array(item).superRefine((list, ctx) => {
    const seen = new Set<unknown>();
    list.forEach((value, index) => {
      if (seen.has(value)) {
        ctx.addIssue({ code: 'custom', path: [index], input: value, message: `${what} ${received(value)} is listed twice. Hint: remove the repeat.` });
      }
      seen.add(value);
    });
  });
}
