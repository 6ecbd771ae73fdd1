/** A correction (`corrections[]`): shown on the page and in feeds; never changes `published`. */
import { z } from 'astro/zod';
import { dateSchema, textSchema } from './common.ts';

export const correctionSchema = z.strictObject({
  /** When the correction was made. */
  date: dateSchema,
  /** What was wrong and what it now says. */
  note: textSchema(),
});
export type Correction = z.output<typeof correctionSchema>;
