/** A dated event of a briefing (`historicalContext[]`): drives the timeline and the locator map. */
import { z } from 'astro/zod';
import { addIssue, countryCodeSchema, dateSchema, received, slugSchema, textSchema } from './common.ts';

/** ACLED's event types. */
export const EVENT_TYPES = [
  'battle',
  'explosion-remote-violence',
  'violence-against-civilians',
  'protest',
  'riot',
  'strategic-development',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** How exact an event's date is; charts must not pretend more. */
export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

const count = z.number({ error: (iss) => `expected a whole number of people; got ${received(iss.input)}` })
  .int({ error: (iss) => `expected a whole number; got ${received(iss.input)}` })
  .min(0, { error: (iss) => `expected 0 or more; got ${received(iss.input)}` });

/** Fatalities: a count, or a `{ low, high }` range when sources disagree. */
export const fatalitiesSchema = z.union([
  count,
  z.strictObject({ low: count, high: count }).superRefine((range, ctx) => {
    if (range.low > range.high) {
      addIssue(ctx, { path: ['low'], input: range, message: `expected low ≤ high; got low ${range.low} and high ${range.high}`, hint: 'swap the two numbers.' });
    }
  }),
], { error: (iss) => `expected a whole number or { low, high }; got ${received(iss.input)}` });
export type Fatalities = z.output<typeof fatalitiesSchema>;

/** Where an event happened; `lat`/`lon` together or not at all. */
export const placeSchema = z.strictObject({
  name: textSchema(),
  country: countryCodeSchema,
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
}).superRefine((place, ctx) => {
  if ((place.lat === undefined) !== (place.lon === undefined)) {
    const missing = place.lat === undefined ? 'lat' : 'lon';
    addIssue(ctx, { path: [missing], input: undefined, message: `expected lat and lon together; ${missing} is missing`, hint: 'give both coordinates in decimal degrees, or neither.' });
  }
});
export type Place = z.output<typeof placeSchema>;

/** Builds the event schema; `actor` checks actor ids against content/actors/. */
export function createEventSchema(actor: z.ZodType<string>) {
  return z.strictObject({
    /** When it happened. */
    date: dateSchema,
    /** When it was first reported, where that differs. */
    reported: dateSchema.optional(),
    /** How exact `date` is. */
    precision: z.enum(PRECISIONS, { error: (iss) => `expected day, month or year; got ${received(iss.input)}` }).default('day'),
    /** What happened, in a line. */
    title: textSchema().max(120),
    /** Where; events with coordinates appear on the locator map. */
    place: placeSchema.optional(),
    /** Who took part (actor ids). */
    actors: z.array(actor).optional(),
    /** ACLED event type. */
    type: z.enum(EVENT_TYPES, { error: (iss) => `expected one of ${EVENT_TYPES.join(', ')}; got ${received(iss.input)}` }).optional(),
    /** People killed: a count or a range. */
    fatalities: fatalitiesSchema.optional(),
    /** Source ids backing the event. */
    cites: z.array(slugSchema).optional(),
  });
}
export type BriefingEvent = z.output<ReturnType<typeof createEventSchema>>;
