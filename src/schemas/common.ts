/**
 * Field types shared by every content schema. Each failure message says what was expected and
 * what was found; the hint (what to do) and the catalogue name travel beside it on the issue
 * (`withHint`, `addIssue`, read back with `issueDetail`), because authors read these in a terminal.
 */
import { z } from 'astro/zod';
import { isCountryCode, suggestCountryCodes } from '../model/countries.ts';
import { explain, type ErrorName, type IssueDetail } from '../errors.ts';


/**
 * For a schema's `error` callback: records the hint (and a catalogue name other than
 * InvalidField) on the issue and returns the message. zod copies every own key of the raw issue
 * into the reported one after the callback has run (zod/v4/core/util.js `finalizeIssue`), so
 * the detail reaches `issueDetail`; tests/unit/core/schemas.test.ts pins that down.
 */
export function withHint(iss: object, message: string, hint?: string, name?: ErrorName): string {
  const raw = iss as { params?: object };
  raw.params = { ...raw.params, sitrep: { name, hint } satisfies IssueDetail };
  return message;
}

/** For refinements: adds a custom issue with its message, hint and catalogue name. */
export function addIssue(
  ctx: { addIssue: (issue: z.core.$ZodRawIssue) => void },
  issue: { path?: PropertyKey[]; input: unknown; message: string; hint?: string | undefined; name?: ErrorName | undefined },
): void {
  ctx.addIssue({ code: 'custom', path: issue.path, input: issue.input, message: issue.message, params: { sitrep: { name: issue.name, hint: issue.hint } } } as z.core.$ZodRawIssue);
}

/** The catalogue name and hint a Sitrep schema put on an issue, if any. */
export function issueDetail(issue: z.core.$ZodIssue): IssueDetail {
  return ((issue as { params?: { sitrep?: IssueDetail } }).params?.sitrep) ?? {};
}

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
    addIssue(ctx, { input: value, message: `expected a date like 2024-10-10 or 2024-10-10T14:30:00Z; got ${received(value)}`, hint: 'write dates as YYYY-MM-DD.' });
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

/**
 * Characters that show nothing: white space, control characters and Unicode's default-ignorable
 * code points, which include the zero-width characters (U+200B–U+200D, U+2060–U+2064, U+FEFF),
 * the bidi marks and controls (U+200E–U+200F, U+202A–U+202E, U+2066–U+2069) and the soft hyphen.
 */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]/gu;

/** Whether the text has at least one character a reader can see. */
export function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

/**
 * Required text: a string with at least one visible character, so no heading, link or card is
 * left blank. `expected` names the field for a value that is not text ("a title"); length limits
 * chain on (`textSchema('a title').max(120)`) and are not reported for text that is blank anyway.
 */
export function textSchema(expected?: string) {
  return z.string(expected ? { error: (iss) => `expected ${expected}; got ${received(iss.input)}` } : undefined)
    .refine(hasVisibleText, {
      abort: true,
      error: (iss) => withHint(
        iss,
        iss.input === '' ? 'expected text; got an empty value' : 'expected visible text; got only spaces or invisible characters',
        'write the text out; spaces, zero-width and text-direction characters do not count.',
      ),
    })
    // Never fails after the check above; it puts "at least 1 character" into the JSON Schema that
    // the frontmatter reference is generated from.
    .min(1);
}

/** A lowercase slug id: letters, digits and single hyphens (`f24-bamako`, `jnim`). */
export const slugSchema = z.string({ error: (iss) => `expected a lowercase id such as "f24-bamako"; got ${received(iss.input)}` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (iss) => withHint(iss, `expected a lowercase id of letters, digits and hyphens; got ${received(iss.input)}`, `try "${toSlug(String(iss.input))}".`),
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
 * An absolute http(s) URL, normalised to its serialised form. Any other scheme (`javascript:`,
 * `data:`, `file:`) is refused: source links are rendered as live links, so they must never run
 * code or reach a reader's disk. The output is `normaliseUrl(value)`, so pages, feeds and exports
 * all write the same URL, and one that validates as a JSON Schema `uri`.
 */
export const httpUrlSchema = z.string({ error: (iss) => `expected an absolute https:// URL; got ${received(iss.input)}` })
  .transform((value, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url) {
      addIssue(ctx, { input: value, message: `expected an absolute URL starting with https:// or http://; got ${received(value)}`, hint: "copy the full address from the browser's address bar." });
      return z.NEVER;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      addIssue(ctx, { input: value, message: `expected an http: or https: URL; got the scheme "${url.protocol}"`, hint: 'only web links are allowed; link the page that hosts the document instead.' });
      return z.NEVER;
    }
    return normaliseUrl(url);
  });

/**
 * The URL as `URL.href` serialises it (`"`, `<`, `>` and spaces percent-encoded, the host in
 * lower case, a bare host given its `/`), with the characters WHATWG leaves bare but RFC 3986
 * forbids (`|`, `{`, `^`, a second `#`, a `%` that starts no escape…) percent-encoded too.
 */
export function normaliseUrl(url: URL): string {
  const tail = url.pathname + url.search + url.hash;
  const head = url.href.slice(0, url.href.length - tail.length);
  return head + strictUri(url.pathname) + (url.search && `?${strictUri(url.search.slice(1))}`) + (url.hash && `#${strictUri(url.hash.slice(1))}`);
}

// Percent-encodes what RFC 3986 forbids in a path, query or fragment; `href` has already encoded
// everything beyond ASCII, so only ASCII reaches here.
function strictUri(part: string): string {
  return part.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** An ISO 3166-1 alpha-2 country code, checked against the real ISO list. */
export const countryCodeSchema = z.string({ error: (iss) => `expected an ISO 3166-1 alpha-2 country code such as "ML"; got ${received(iss.input)}` })
  .superRefine((value, ctx) => {
    if (isCountryCode(value)) return;
    const suggestions = suggestCountryCodes(value);
    const hint = suggestions.length
      ? `did you mean "${suggestions[0]}"?`
      : 'use the two-letter ISO code in capitals, e.g. ML for Mali, BF for Burkina Faso, NE for Niger.';
    addIssue(ctx, { input: value, message: `expected an ISO 3166-1 alpha-2 country code; got ${received(value)}`, hint });
  });

/**
 * An id that must name a file in another collection (`content/authors/<id>.yaml`…). `known` is
 * the set of ids present; `undefined` skips the check (used where only the shape matters).
 */
export function referenceSchema(collection: string, known: ReadonlySet<string> | undefined) {
  return slugSchema.superRefine((id, ctx) => {
    if (!known || known.has(id)) return;
    addIssue(ctx, { input: id, ...explain('MissingReference', [collection, id], [collection, id, [...known].sort()]) });
  });
}

/** A non-empty list with no repeated entries. */
export function uniqueList<T extends z.ZodType>(item: T, what: string) {
  return z.array(item).superRefine((list, ctx) => {
    const seen = new Set<unknown>();
    list.forEach((value, index) => {
      if (seen.has(value)) {
        addIssue(ctx, { path: [index], input: value, message: `${what} ${received(value)} is listed twice`, hint: 'remove the repeat.' });
      }
      seen.add(value);
    });
  });
}
