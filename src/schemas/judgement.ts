/** A key judgement (`strategicImpact[]`): an ICD 203 likelihood plus a separate confidence level. */
import { z } from 'astro/zod';
import { CONFIDENCES, LIKELIHOODS, formatBand, suggestLikelihood } from '../model/estimative.ts';
import { received, slugSchema, textSchema, withHint } from './common.ts';

export const judgementSchema = z.strictObject({
  /** The judgement, as one or two sentences. */
  judgement: textSchema().max(400),
  /** ICD 203 likelihood term. */
  likelihood: z.enum(LIKELIHOODS, {
    error: (iss) => {
      const guess = typeof iss.input === 'string' ? suggestLikelihood(iss.input) : undefined;
      const hint = guess ? `use "${guess}" (${formatBand(guess)}).` : 'pick the term whose band contains your estimate.';
      return withHint(iss, `expected one of ${LIKELIHOODS.join(', ')}; got ${received(iss.input)}`, hint);
    },
  }),
  /** Analytic confidence in the judgement. */
  confidence: z.enum(CONFIDENCES, {
    error: (iss) => withHint(iss, `expected low, moderate or high; got ${received(iss.input)}`, 'confidence rates the evidence, not the probability.'),
  }),
  /** Source ids backing the judgement. */
  cites: z.array(slugSchema).optional(),
});
export type JudgementInput = z.input<typeof judgementSchema>;
export type Judgement = z.output<typeof judgementSchema>;
