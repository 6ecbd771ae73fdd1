/** A standalone MDX page in content/pages/ (the about page). */
import { z } from 'astro/zod';
import { textSchema } from './common.ts';

export const pageSchema = z.strictObject({
  /** Page title. */
  title: textSchema().max(120),
  /** Meta description and social-card text. */
  description: textSchema().max(300),
});
export type PageData = z.output<typeof pageSchema>;
