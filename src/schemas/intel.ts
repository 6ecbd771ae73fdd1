/** A key intel finding (`intel[]`). */
import { z } from 'astro/zod';
import { slugSchema } from './common.ts';

export const intelSchema = z.strictObject({
  /** The finding, as a sentence. */
  finding: z.string().min(1),
  /** Source ids backing it. */
  cites: z.array(slugSchema).optional(),
});
export type Intel = z.output<typeof intelSchema>;
