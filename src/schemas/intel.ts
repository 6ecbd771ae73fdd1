/** A key intel finding (`intel[]`). */
import { z } from 'astro/zod';
import { slugSchema, textSchema } from './common.ts';

export const intelSchema = z.strictObject({
  /** The finding, as a sentence. */
  finding: textSchema(),
  /** Source ids backing it. */
  cites: z.array(slugSchema).optional(),
});
export type Intel = z.output<typeof intelSchema>;
