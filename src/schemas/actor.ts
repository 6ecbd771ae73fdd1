/** An actor: `content/actors/<id>.yaml`. */
import { z } from 'astro/zod';
import { countryCodeSchema, received, textSchema } from './common.ts';

/** Kinds of actor; STIX export maps the non-state kinds to threat actors. */
export const ACTOR_KINDS = [
  'state',
  'government',
  'non-state-armed-group',
  'terrorist-organisation',
  'militia',
  'private-military-company',
  'international-organisation',
  'other',
] as const;

export const actorSchema = z.strictObject({
  /** Display name ("JNIM"). */
  name: textSchema(),
  /** Other names and transliterations, searched and exported. */
  aliases: z.array(textSchema()).optional(),
  /** What sort of actor this is. */
  kind: z.enum(ACTOR_KINDS, {
    error: (iss) => `expected one of ${ACTOR_KINDS.join(', ')}; got ${received(iss.input)}`,
  }),
  /** Where it operates (ISO alpha-2). */
  countries: z.array(countryCodeSchema).optional(),
  /** A sentence shown on the actor page. */
  description: z.string().optional(),
});
export type ActorInput = z.input<typeof actorSchema>;
export type Actor = z.output<typeof actorSchema>;
