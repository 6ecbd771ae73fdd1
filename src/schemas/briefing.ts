/**
 * The briefing frontmatter: the authors' contract (shared/design/content-model.md), composed
 * from the one-concept modules beside this file, plus the contract's cross-field rules.
 */
import { z } from 'astro/zod';
import { addIssue, countryCodeSchema, dateSchema, received, referenceSchema, slugSchema, textSchema, uniqueList, withHint } from './common.ts';
import { correctionSchema } from './correction.ts';
import { createEventSchema } from './event.ts';
import { intelSchema } from './intel.ts';
import { judgementSchema } from './judgement.ts';
import { sourceSchema } from './source.ts';
import { LINT_RULES, explain } from '../errors.ts';
import { isRecord, iso, list, toDate } from '../model/values.ts';

/** Ids present in the other collections; a missing set skips that existence check. */
export interface KnownIds {
  authors?: ReadonlySet<string> | undefined;
  regions?: ReadonlySet<string> | undefined;
  actors?: ReadonlySet<string> | undefined;
}

/** Frontmatter keys in contract order: used for "did you mean" hints and the generated reference. */
export const BRIEFING_FIELDS = [
  'title', 'dek', 'published', 'updated', 'dataCutoff', 'authors', 'draft', 'regions', 'countries',
  'actors', 'tags', 'overview', 'intel', 'historicalContext', 'strategicImpact', 'sources',
  'corrections', 'card', 'lint',
] as const;

/** Builds the briefing schema against the ids that exist in content/. */
export function createBriefingSchema(known: KnownIds = {}) {
  const actor = referenceSchema('actors', known.actors);
  return z.strictObject({
    /** Headline, 1–120 characters. */
    title: textSchema('a title').max(120, {
      error: (iss) => withHint(iss, `expected at most 120 characters; got ${String(iss.input).length}`, 'move detail into `dek`.'),
    }),
    /** Standfirst under the title, up to 280 characters. */
    dek: textSchema().max(280, { error: (iss) => withHint(iss, `expected at most 280 characters; got ${String(iss.input).length}`, 'keep the dek to one sentence.') }).optional(),
    /** Publication date: orders the publication; never replaced by `updated`. */
    published: dateSchema,
    /** Date of the last substantive revision; must be on or after `published`. */
    updated: dateSchema.optional(),
    /** "Information as of" date, shown in the header. */
    dataCutoff: dateSchema.optional(),
    /** Author ids: files in content/authors/. */
    authors: uniqueList(referenceSchema('authors', known.authors), 'author').min(1, { error: (iss) => withHint(iss, 'expected at least one author id', 'add `authors: [editorial-desk]`.') }),
    /** Drafts render in `astro dev` only. */
    draft: z.boolean({ error: (iss) => `expected true or false; got ${received(iss.input)}` }).default(false),
    /** Region ids: files in content/regions/. */
    regions: uniqueList(referenceSchema('regions', known.regions), 'region').min(1, { error: (iss) => withHint(iss, 'expected at least one region id', 'add e.g. `regions: [sahel]`.') }),
    /** ISO 3166-1 alpha-2 country codes. */
    countries: uniqueList(countryCodeSchema, 'country').default([]),
    /** Actor ids: files in content/actors/. */
    actors: uniqueList(actor, 'actor').default([]),
    /** Lowercase slugs. */
    tags: uniqueList(slugSchema, 'tag').default([]),
    /** Bottom line up front, 40–600 characters: also the meta description, feed summary and card text. */
    overview: textSchema('the bottom line up front as text')
      .min(40, { error: (iss) => withHint(iss, `expected at least 40 characters; got ${String(iss.input).length}`, 'state the bottom line in one or two full sentences.') })
      .max(600, { error: (iss) => withHint(iss, `expected at most 600 characters; got ${String(iss.input).length}`, 'keep the overview to the bottom line; detail belongs in the body.') }),
    /** Key intel findings. */
    intel: z.array(intelSchema).min(1, { error: (iss) => withHint(iss, 'expected at least one intel finding', 'add `intel: [{ finding: "…", cites: [source-id] }]`.') }),
    /** Dated events: the timeline and the locator map. */
    historicalContext: z.array(createEventSchema(actor)).default([]),
    /** Key judgements with ICD 203 likelihood and confidence. */
    strategicImpact: z.array(judgementSchema).min(1, { error: (iss) => withHint(iss, 'expected at least one key judgement', 'add `strategicImpact: [{ judgement: "…", likelihood: likely, confidence: moderate }]`.') }),
    /** The sources that citations refer to. */
    sources: z.array(sourceSchema).min(1, { error: (iss) => withHint(iss, 'expected at least one source', 'every briefing lists what it rests on under `sources`.') }),
    /** Corrections, newest last. */
    corrections: z.array(correctionSchema).default([]),
    /** Overrides for the social card only. */
    card: z.strictObject({ title: textSchema().max(120).optional(), description: textSchema().max(280).optional() }).optional(),
    /** Tradecraft lint rules (`npm run check`) switched off for this briefing, by name. */
    lint: z.strictObject({
      /** Rule names, e.g. [uncited-claim]; `npm run check -- --help` lists them. */
      disable: uniqueList(z.enum(LINT_RULES, {
        error: (iss) => {
          const near = typeof iss.input === 'string' ? closest(iss.input, LINT_RULES) : undefined;
          return withHint(iss, `expected a lint rule name; got ${received(iss.input)}`, `${near ? `did you mean "${near}"? The` : 'The'} rules are ${LINT_RULES.join(', ')}.`);
        },
      }), 'lint rule').default([]),
    }).optional(),
  }, {
    error: (iss) => {
      if (iss.code === 'unrecognized_keys') {
        const keys = iss.keys.map((key) => {
          const near = closest(key, BRIEFING_FIELDS);
          return near ? `"${key}" (did you mean "${near}"?)` : `"${key}"`;
        });
        return withHint(iss, `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`, `the fields are ${BRIEFING_FIELDS.join(', ')}.`, 'UnknownField');
      }
      return undefined;
    },
  // Runs even when other fields are malformed (`when`), so an author sees every problem in one run.
  }).superRefine((data, ctx) => {
    for (const issue of crossFieldIssues(data)) addIssue(ctx, issue);
  }, { when: () => true });
}

/** One violation of a cross-field rule: a catalogue name, the field, and what to say. */
export interface CrossFieldIssue {
  name: 'DuplicateSourceId' | 'UnknownCitation' | 'DateOrder';
  path: (string | number)[];
  input: unknown;
  message: string;
  hint: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The contract's cross-field rules, the one definition: unique source ids, every `cites` id a
 * source of the briefing, `updated` on or after `published`. Reads the frontmatter defensively
 * (any field may be malformed; the field schemas report that), so it runs on partial data.
 */
export function crossFieldIssues(fm: unknown): CrossFieldIssue[] {
  if (!isRecord(fm)) return [];
  const issues: CrossFieldIssue[] = [];
  const ids = new Set<string>();
  list(fm.sources).forEach((source, index) => {
    if (!isRecord(source) || typeof source.id !== 'string') return;
    // Source ids are unique: citations must point at one source.
    if (ids.has(source.id)) issues.push({ path: ['sources', index, 'id'], input: source.id, ...explain('DuplicateSourceId', [source.id], []) });
    ids.add(source.id);
  });
  for (const key of ['intel', 'historicalContext', 'strategicImpact'] as const) {
    list(fm[key]).forEach((item, i) => {
      if (!isRecord(item)) return;
      list(item.cites).forEach((id, j) => {
        if (typeof id !== 'string' || !SLUG.test(id) || ids.has(id)) return;
        issues.push({ path: [key, i, 'cites', j], input: id, ...explain('UnknownCitation', [id, false], [id, [...ids], false]) });
      });
    });
  }
  const published = toDate(fm.published);
  const updated = toDate(fm.updated);
  if (published && updated && updated.getTime() < published.getTime()) {
    issues.push({ path: ['updated'], input: fm.updated, ...explain('DateOrder', [iso(published), iso(updated)], []) });
  }
  return issues;
}

/** The schema with no existence checks on ids: for shape-only validation and tooling. */
export const briefingSchema = createBriefingSchema();
export type BriefingInput = z.input<typeof briefingSchema>;
export type BriefingData = z.output<typeof briefingSchema>;

/** The closest candidate within edit distance 2, for "did you mean" hints. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
