/** A correction (`corrections[]`): shown on the page and in feeds; never changes `published`. */
import { z } from 'astro/zod';
import { dateSchema } from './common.ts';

export const correctionSchema = z.strictObject({
  /** When the correction was made. */
  date: dateSchema,
  /** What was wrong and what it now says. */
  note: z.string().min(1),
});
export type Correction = z.output<typeof correctionSchema>;
