/** A standalone MDX page in content/pages/ (the about page). */
import { z } from 'astro/zod';

export const pageSchema = z.strictObject({
  /** Page title. */
  title: z.string().min(1).max(120),
  /** Meta description and social-card text. */
  description: z.string().min(1).max(300),
});
export type PageData = z.output<typeof pageSchema>;
