/**
 * `/briefings/<slug>.stix.json`: a briefing as a STIX 2.1 bundle, for threat-intelligence
 * platforms (OpenCTI, MISP). Objects:
 *
 * - one `identity` for the publication (every other object's `created_by_ref`);
 * - one `report` (`threat-report`) naming the briefing, with its sources as external references;
 * - a `threat-actor` per non-state actor of the briefing or its events, with aliases;
 * - a `location` per event place (coordinates where given) and per country of the briefing;
 * - a `targets` relationship from a threat actor to the place of each violent event it took part in;
 * - a `note` per key judgement, with its ICD 203 likelihood and confidence.
 *
 * Ids are UUIDv5 of the site URL, the slug and a key naming the object, so a rebuild gives the
 * same bytes and a later edit keeps every id. Objects other than the identity are scoped to the
 * briefing, and their `created`/`modified` come from its `published`/`updated`: two briefings never
 * publish different versions of one object. The identity is shared and fixed.
 */
import type { ACTOR_KINDS } from '../../schemas/actor.ts';
import type { EventType } from '../../schemas/event.ts';
import { datetimeAttr } from '../format.ts';
import { absolute, paths } from '../paths.ts';
import type { ExportSite } from './briefing-json.ts';
import type { BriefingExport } from './schema.ts';
import { uuidv5 } from './uuid.ts';

type ActorKind = (typeof ACTOR_KINDS)[number];

/** Sitrep's UUIDv5 namespace for STIX ids; never change it, or every published id changes. */
export const STIX_NAMESPACE = '45edb826-bac3-42ee-b208-9b25c9ed8cfe';

/** `created`/`modified` of the publication's identity: fixed, because every bundle carries it. */
export const STIX_IDENTITY_CREATED = '2024-01-01T00:00:00.000Z';

/** Actor kinds exported as threat actors; states, governments and organisations are not. */
export const THREAT_ACTOR_KINDS: readonly ActorKind[] = ['non-state-armed-group', 'terrorist-organisation', 'militia'];

/** Event types whose actors `targets` the place: violence, not protests or strategic developments. */
export const TARGETING_EVENT_TYPES: readonly EventType[] = ['battle', 'explosion-remote-violence', 'violence-against-civilians'];

/** A STIX external reference. */
export interface ExternalReference {
  source_name: string;
  url?: string;
  description?: string;
}

/** Properties every STIX object here has; the rest depend on `type`. */
export interface StixObject {
  type: string;
  spec_version: '2.1';
  id: string;
  created: string;
  modified: string;
  [property: string]: unknown;
}

/** A STIX 2.1 bundle (which, unlike its objects, has no `spec_version`). */
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** A STIX timestamp (UTC, millisecond precision) from an exported date string. */
export function stixTimestamp(date: string): string {
  return new Date(date.length === 10 ? `${date}T00:00:00Z` : date).toISOString();
}

/** Builds the bundle of one briefing. Object order is fixed: identity, report, actors, locations, relationships, notes. */
export function buildStixBundle(briefing: BriefingExport, site: ExportSite): StixBundle {
  const id = (type: string, key: string, scoped = true) =>
    `${type}--${uuidv5(scoped ? `${site.url}|${briefing.id}|${key}` : `${site.url}|${key}`, STIX_NAMESPACE)}`;
  const created = stixTimestamp(briefing.published);
  const modified = stixTimestamp(briefing.updated ?? briefing.published);
  const identityId = id('identity', 'identity', false);
  const common = (type: string, key: string) => ({ type, spec_version: '2.1' as const, id: id(type, key), created_by_ref: identityId, created, modified });

  const identity: StixObject = {
    type: 'identity',
    spec_version: '2.1',
    id: identityId,
    created: STIX_IDENTITY_CREATED,
    modified: STIX_IDENTITY_CREATED,
    name: site.name,
    identity_class: 'organization',
    external_references: [{ source_name: site.name, url: site.url }],
  };

  // Threat actors: the briefing's own actors first, then any that only appear in events.
  const actors = new Map<string, { name: string; kind: ActorKind; aliases: string[]; description?: string; url: string }>();
  for (const actor of briefing.actors) actors.set(actor.id, actor);
  for (const event of briefing.historicalContext) {
    for (const actor of event.actors) {
      if (!actors.has(actor.id)) actors.set(actor.id, { ...actor, aliases: [], url: absolute(paths.term('actor', actor.id), site.url) });
    }
  }
  const threatActorIds = new Map<string, string>();
  const threatActors = [...actors]
    .filter(([, actor]) => THREAT_ACTOR_KINDS.includes(actor.kind))
    .map(([actorId, actor]): StixObject => {
      const object: StixObject = {
        ...common('threat-actor', `threat-actor|${actorId}`),
        name: actor.name,
        ...(actor.description !== undefined && { description: actor.description }),
        ...(actor.kind === 'terrorist-organisation' && { threat_actor_types: ['terrorist'] }),
        ...(actor.aliases.length > 0 && { aliases: actor.aliases }),
        external_references: [{ source_name: site.name, url: actor.url }],
      };
      threatActorIds.set(actorId, object.id);
      return object;
    });

  // Locations: one per distinct event place, then one per country of the briefing.
  const locations = new Map<string, StixObject>();
  const placeKey = (place: NonNullable<BriefingExport['historicalContext'][number]['place']>) =>
    `location|${place.country.code}|${place.name}|${place.lat ?? ''}|${place.lon ?? ''}`;
  for (const event of briefing.historicalContext) {
    if (!event.place) continue;
    const key = placeKey(event.place);
    if (locations.has(key)) continue;
    locations.set(key, {
      ...common('location', key),
      name: event.place.name,
      country: event.place.country.code,
      ...(event.place.lat !== undefined && event.place.lon !== undefined && { latitude: event.place.lat, longitude: event.place.lon }),
    });
  }
  for (const country of briefing.countries) {
    const key = `location|country|${country.code}`;
    locations.set(key, { ...common('location', key), name: country.name, country: country.code });
  }

  const relationships: StixObject[] = [];
  for (const event of briefing.historicalContext) {
    if (!event.place || !event.type || !TARGETING_EVENT_TYPES.includes(event.type)) continue;
    const target = locations.get(placeKey(event.place))!;
    for (const actor of event.actors) {
      const source = threatActorIds.get(actor.id);
      if (!source) continue;
      relationships.push({
        ...common('relationship', `relationship|${event.id}|${actor.id}|targets`),
        relationship_type: 'targets',
        description: `${event.title} (${datetimeAttr(new Date(stixTimestamp(event.date)), event.precision)})`,
        source_ref: source,
        target_ref: target.id,
        external_references: [{ source_name: site.name, url: `${briefing.url}#${event.id}`, description: 'The event in the briefing' }],
      });
    }
  }

  const reportId = id('report', 'report');
  const authors = briefing.authors.map((a) => a.name);
  const notes = briefing.strategicImpact.map((item, index): StixObject => ({
    ...common('note', `note|judgement|${index + 1}`),
    abstract: `Key judgement ${index + 1}: ${item.likelihood.term} (${item.likelihood.low}–${item.likelihood.high} %), ${item.confidence} confidence`,
    content: `${item.judgement}\n\nLikelihood: ${item.likelihood.term} (${item.likelihood.low}–${item.likelihood.high} %, ICD 203). Analytic confidence: ${item.confidence}.`,
    authors,
    object_refs: [reportId],
  }));

  const body = [...threatActors, ...locations.values(), ...relationships, ...notes];
  const report: StixObject = {
    type: 'report',
    spec_version: '2.1',
    id: reportId,
    created_by_ref: identityId,
    created,
    modified,
    name: briefing.title,
    description: briefing.overview,
    report_types: ['threat-report'],
    published: created,
    object_refs: body.map((o) => o.id),
    ...(briefing.tags.length > 0 && { labels: briefing.tags }),
    external_references: [
      { source_name: site.name, url: briefing.url, description: 'The briefing' },
      ...briefing.sources.map((source): ExternalReference => ({
        source_name: source.publisher,
        url: source.url,
        description: source.reliability ? `${source.title} (Admiralty reliability ${source.reliability.grade}: ${source.reliability.meaning})` : source.title,
      })),
    ],
  };

  return { type: 'bundle', id: id('bundle', 'bundle'), objects: [identity, report, ...body] };
}
