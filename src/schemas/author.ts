/** An author: `content/authors/<id>.yaml`. */
import { z } from 'astro/zod';
import { httpUrlSchema, textSchema } from './common.ts';

export const authorSchema = z.strictObject({
  /** Display name. */
  name: textSchema(),
  /** Job title or beat ("Sahel analyst"). */
  role: z.string().optional(),
  /** One or two sentences shown on the author page. */
  bio: z.string().optional(),
  /** Personal or staff page. */
  url: httpUrlSchema.optional(),
  /** A person, or an organisation such as an editorial desk (schema.org author type). */
  kind: z.enum(['person', 'organization'], { error: 'expected person or organization' }).default('person'),
});
export type AuthorInput = z.input<typeof authorSchema>;
export type Author = z.output<typeof authorSchema>;
