/** A source of a briefing (`sources[]`): what citations point at. */
import { z } from 'astro/zod';
import { dateSchema, httpUrlSchema, received, slugSchema, textSchema, withHint } from './common.ts';

/** Admiralty (NATO) source-reliability grades. */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];

/** What each grade means, for the Sources list and the about page. */
export const RELIABILITY_MEANING: Record<Reliability, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

export const sourceSchema = z.strictObject({
  /** What citations refer to: `[^id]` in the body, `cites: [id]` in the frontmatter. */
  id: slugSchema,
  /** Address of the document; http(s) only. */
  url: httpUrlSchema,
  /** Title of the document. */
  title: textSchema(),
  /** Who published it ("FDD's Long War Journal"). */
  publisher: textSchema(),
  /** When it was published. */
  published: dateSchema.optional(),
  /** When the analyst last read it. */
  accessed: dateSchema.optional(),
  /** An archived copy (http(s)). */
  archive: httpUrlSchema.optional(),
  /** Admiralty reliability grade, A (completely reliable) to F (cannot be judged). */
  reliability: z.enum(RELIABILITY_GRADES, {
    error: (iss) => withHint(iss, `expected a grade from A to F; got ${received(iss.input)}`, 'A completely reliable … E unreliable, F cannot be judged; write the capital letter only.'),
  }).optional(),
});
export type SourceInput = z.input<typeof sourceSchema>;
export type Source = z.output<typeof sourceSchema>;
