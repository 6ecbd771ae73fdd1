/** A region: `content/regions/<id>.yaml`. */
import { z } from 'astro/zod';
import { textSchema } from './common.ts';

export const regionSchema = z.strictObject({
  /** Display name ("Sahel"). */
  name: textSchema(),
  /** A sentence shown on the region page. */
  description: z.string().optional(),
});
export type RegionInput = z.input<typeof regionSchema>;
export type Region = z.output<typeof regionSchema>;
