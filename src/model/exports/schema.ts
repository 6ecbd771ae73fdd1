/**
 * The shape of `/briefings/<slug>.json`: the frontmatter with every id resolved to a name, dates
 * as ISO strings and each judgement's ICD 203 band spelled out. It is a schema of its own, not the
 * authoring schema: that one accepts what authors write (YAML dates, bare ids) and transforms it,
 * which JSON Schema cannot express. `z.toJSONSchema` publishes this one at `/schema/briefing.json`.
 */
import { z } from 'astro/zod';
import { ACTOR_KINDS } from '../../schemas/actor.ts';
import { EVENT_TYPES, PRECISIONS } from '../../schemas/event.ts';
import { RELIABILITY_GRADES } from '../../schemas/source.ts';
import { CONFIDENCES, LIKELIHOODS } from '../estimative.ts';

/** A calendar date (`2024-10-10`) or, where the author gave a time, a UTC datetime. */
export const exportDateSchema = z.union([z.iso.date(), z.iso.datetime()])
  .describe('A calendar date (YYYY-MM-DD), or a UTC date-time where the author gave a time.');

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const cites = z.array(slug).describe('Ids of the sources (in `sources`) that back this item.');
const countryRef = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/).describe('ISO 3166-1 alpha-2 code.'),
  name: z.string().describe('English short name.'),
});
const actorRef = z.strictObject({
  id: slug,
  name: z.string(),
  kind: z.enum(ACTOR_KINDS),
});

export const briefingExportSchema = z.strictObject({
  $schema: z.url().describe('URL of this JSON Schema.'),
  id: slug.describe('The slug: file name and URL of the briefing.'),
  url: z.url().describe('The briefing page.'),
  title: z.string(),
  dek: z.string().optional().describe('Standfirst under the title.'),
  published: exportDateSchema.describe('Publication date; orders the publication.'),
  updated: exportDateSchema.optional().describe('Date of the last substantive revision.'),
  dataCutoff: exportDateSchema.optional().describe('Information as of this date.'),
  authors: z.array(z.strictObject({ id: slug, name: z.string(), role: z.string().optional(), url: z.url().optional() })).min(1),
  regions: z.array(z.strictObject({ id: slug, name: z.string() })).min(1),
  countries: z.array(countryRef),
  actors: z.array(z.strictObject({
    id: slug,
    name: z.string(),
    kind: z.enum(ACTOR_KINDS),
    aliases: z.array(z.string()).describe('Other names and transliterations.'),
    description: z.string().optional(),
    url: z.url().describe('The actor page.'),
  })),
  tags: z.array(slug),
  overview: z.string().describe('The bottom line up front.'),
  intel: z.array(z.strictObject({ finding: z.string(), cites })).min(1),
  historicalContext: z.array(z.strictObject({
    id: z.string().describe('Fragment of the event on the briefing page (`event-1`…), in authored order.'),
    date: exportDateSchema,
    precision: z.enum(PRECISIONS).describe('How exact `date` is: a month-precision event is dated the 1st.'),
    reported: exportDateSchema.optional().describe('When it was first reported, where that differs.'),
    title: z.string(),
    place: z.strictObject({
      name: z.string(),
      country: countryRef,
      lat: z.number().min(-90).max(90).optional(),
      lon: z.number().min(-180).max(180).optional(),
    }).optional(),
    actors: z.array(actorRef),
    type: z.enum(EVENT_TYPES).optional().describe('ACLED event type.'),
    fatalities: z.strictObject({
      low: z.number().int().min(0),
      high: z.number().int().min(0),
    }).optional().describe('People killed; a single count has low = high. Absent when unknown.'),
    cites,
  })).describe('Dated events, in the order the author wrote them.'),
  strategicImpact: z.array(z.strictObject({
    judgement: z.string(),
    likelihood: z.strictObject({
      id: z.enum(LIKELIHOODS),
      term: z.string().describe('The ICD 203 term as printed ("very likely").'),
      low: z.number().int().min(0).max(100).describe('Lower bound of the ICD 203 band, in percent.'),
      high: z.number().int().min(0).max(100).describe('Upper bound of the ICD 203 band, in percent.'),
    }),
    confidence: z.enum(CONFIDENCES).describe('Analytic confidence, separate from likelihood.'),
    cites,
  })).min(1).describe('Key judgements on the ICD 203 scale.'),
  sources: z.array(z.strictObject({
    id: slug,
    url: z.url(),
    title: z.string(),
    publisher: z.string(),
    published: exportDateSchema.optional(),
    accessed: exportDateSchema.optional(),
    archive: z.url().optional().describe('An archived copy.'),
    reliability: z.strictObject({
      grade: z.enum(RELIABILITY_GRADES),
      meaning: z.string(),
    }).optional().describe('Admiralty (NATO) source-reliability grade.'),
  })).min(1),
  corrections: z.array(z.strictObject({ date: exportDateSchema, note: z.string() })),
  exports: z.strictObject({
    geojson: z.url(),
    csv: z.url(),
    sources: z.url().describe('The sources as CSL-JSON.'),
    stix: z.url().describe('A STIX 2.1 bundle.'),
  }).describe('The other machine-readable forms of this briefing.'),
}).describe('A Sitrep briefing: the typed core of one analytic briefing, with every reference resolved.');

/** `/briefings/<slug>.json`. */
export type BriefingExport = z.output<typeof briefingExportSchema>;
export type ExportEvent = BriefingExport['historicalContext'][number];
export type ExportSource = BriefingExport['sources'][number];
