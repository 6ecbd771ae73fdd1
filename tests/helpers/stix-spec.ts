/**
 * The STIX 2.1 rules a bundle from Sitrep must meet, checked by hand: npm has no maintained STIX
 * validator (OASIS's `stix2-validator` is Python). Each rule cites the section of STIX 2.1 (OASIS
 * Standard, 2021) it comes from. Returns the problems found; an empty list is a pass.
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';
/** §2.9 identifier: `<type>--<RFC 4122 UUID>`. */
const IDENTIFIER = new RegExp(`^([a-z][a-z0-9-]+[a-z0-9])--${UUID}$`);
/** §3.2 created/modified: UTC timestamps with exactly millisecond precision. */
const MS_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
/** §2.15 timestamp: RFC 3339, UTC ("Z"), any sub-second precision. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** §3.1 property names: ASCII a–z, 0–9 and underscore. */
const PROPERTY_NAME = /^[a-z0-9_]+$/;

/** §3.2 common properties of SDOs and SROs. */
const COMMON = ['type', 'spec_version', 'id', 'created_by_ref', 'created', 'modified', 'revoked', 'labels', 'confidence', 'lang', 'external_references', 'object_marking_refs', 'granular_markings', 'extensions'];

/** Per type: required properties beyond the common ones, and every property allowed. */
const TYPES: Record<string, { required: string[]; allowed: string[] }> = {
  // §4.5
  'identity': { required: ['name'], allowed: ['name', 'description', 'roles', 'identity_class', 'sectors', 'contact_information'] },
  // §4.14
  'report': { required: ['name', 'published', 'object_refs'], allowed: ['name', 'description', 'report_types', 'published', 'object_refs'] },
  // §4.16
  'threat-actor': { required: ['name'], allowed: ['name', 'description', 'threat_actor_types', 'aliases', 'first_seen', 'last_seen', 'roles', 'goals', 'sophistication', 'resource_level', 'primary_motivation', 'secondary_motivations', 'personal_motivations'] },
  // §4.9
  'location': { required: [], allowed: ['name', 'description', 'latitude', 'longitude', 'precision', 'region', 'country', 'administrative_area', 'city', 'street_address', 'postal_code'] },
  // §4.12
  'note': { required: ['content', 'object_refs'], allowed: ['abstract', 'content', 'authors', 'object_refs'] },
  // §5.1
  'relationship': { required: ['relationship_type', 'source_ref', 'target_ref'], allowed: ['relationship_type', 'description', 'source_ref', 'target_ref', 'start_time', 'stop_time'] },
};

/** §4.16 / §5.1: relationships this exporter may write, as `source type relationship target type`. */
const RELATIONSHIPS = new Set(['threat-actor targets location', 'threat-actor located-at location', 'threat-actor targets identity']);

type Json = Record<string, unknown>;

/** Every problem with `bundle` as STIX 2.1. */
export function stixProblems(bundle: unknown): string[] {
  const problems: string[] = [];
  const fail = (where: string, message: string) => problems.push(`${where}: ${message}`);
  if (typeof bundle !== 'object' || bundle === null) return ['bundle: not an object'];
  const b = bundle as Json;
  // §8: a bundle has type, id and objects, and (unlike STIX 2.0) no spec_version.
  if (b.type !== 'bundle') fail('bundle', `type is ${String(b.type)}`);
  if (typeof b.id !== 'string' || !IDENTIFIER.test(b.id) || !b.id.startsWith('bundle--')) fail('bundle', `id ${String(b.id)} is not bundle--<uuid>`);
  if ('spec_version' in b) fail('bundle', 'has spec_version, which STIX 2.1 bundles do not');
  for (const key of Object.keys(b)) if (!['type', 'id', 'objects'].includes(key)) fail('bundle', `unexpected property ${key}`);
  if (!Array.isArray(b.objects) || b.objects.length === 0) return [...problems, 'bundle: objects is not a non-empty list'];

  const objects = b.objects as Json[];
  const byId = new Map<string, Json>();
  for (const o of objects) {
    if (byId.has(String(o.id))) fail(String(o.id), 'id is used twice');
    byId.set(String(o.id), o);
  }
  const ref = (where: string, value: unknown, types?: string[]) => {
    if (typeof value !== 'string' || !byId.has(value)) return fail(where, `reference ${String(value)} does not resolve within the bundle`);
    if (types && !types.includes(String(byId.get(value)!.type))) fail(where, `reference ${value} is not a ${types.join(' or ')}`);
  };

  for (const o of objects) {
    const where = String(o.id);
    const type = String(o.type);
    const rules = TYPES[type];
    if (!rules) {
      fail(where, `type ${type} is not one this exporter writes`);
      continue;
    }
    // §3.2 common required properties.
    if (o.spec_version !== '2.1') fail(where, `spec_version is ${String(o.spec_version)}, not "2.1"`);
    const match = typeof o.id === 'string' ? IDENTIFIER.exec(o.id) : null;
    if (!match || match[1] !== type) fail(where, `id is not ${type}--<uuid>`);
    for (const key of ['created', 'modified']) {
      if (typeof o[key] !== 'string' || !MS_TIMESTAMP.test(o[key])) fail(where, `${key} ${String(o[key])} is not a UTC timestamp with millisecond precision`);
    }
    if (typeof o.created === 'string' && typeof o.modified === 'string' && o.modified < o.created) fail(where, 'modified is before created');
    if ('created_by_ref' in o) ref(`${where} created_by_ref`, o.created_by_ref, ['identity']);
    for (const key of rules.required) if (!(key in o)) fail(where, `missing required property ${key}`);
    for (const key of Object.keys(o)) {
      if (!PROPERTY_NAME.test(key)) fail(where, `property name ${key} is not a-z, 0-9 and _`);
      if (!COMMON.includes(key) && !rules.allowed.includes(key)) fail(where, `unexpected property ${key}`);
    }
    for (const key of ['labels', 'aliases', 'report_types', 'threat_actor_types', 'authors']) {
      if (key in o && (!Array.isArray(o[key]) || (o[key] as unknown[]).length === 0 || !(o[key] as unknown[]).every((v) => typeof v === 'string' && v.length > 0))) {
        fail(where, `${key} is not a non-empty list of strings`);
      }
    }
    // §2.5 external references: source_name plus at least one of description, url, external_id.
    if ('external_references' in o) {
      const refs = o.external_references;
      if (!Array.isArray(refs) || refs.length === 0) fail(where, 'external_references is not a non-empty list');
      else refs.forEach((r: Json, i) => {
        if (typeof r.source_name !== 'string' || !r.source_name) fail(where, `external_references[${i}] has no source_name`);
        if (!['description', 'url', 'external_id'].some((k) => typeof r[k] === 'string')) fail(where, `external_references[${i}] needs description, url or external_id`);
        if ('url' in r && !/^https?:\/\//.test(String(r.url))) fail(where, `external_references[${i}].url is not a URL`);
      });
    }
    switch (type) {
      case 'report':
        if (typeof o.published !== 'string' || !TIMESTAMP.test(o.published)) fail(where, 'published is not a timestamp');
        if (!Array.isArray(o.object_refs) || o.object_refs.length === 0) fail(where, 'object_refs is not a non-empty list');
        else (o.object_refs as unknown[]).forEach((r, i) => ref(`${where} object_refs[${i}]`, r));
        break;
      case 'note':
        if (typeof o.content !== 'string' || !o.content) fail(where, 'content is empty');
        if (!Array.isArray(o.object_refs) || o.object_refs.length === 0) fail(where, 'object_refs is not a non-empty list');
        else (o.object_refs as unknown[]).forEach((r, i) => ref(`${where} object_refs[${i}]`, r));
        break;
      case 'location': {
        // §4.9: region, country, or latitude with longitude; latitude and longitude in range and together.
        const hasLat = 'latitude' in o;
        const hasLon = 'longitude' in o;
        if (hasLat !== hasLon) fail(where, 'latitude and longitude must be given together');
        if (!('region' in o) && !('country' in o) && !(hasLat && hasLon)) fail(where, 'needs region, country, or latitude and longitude');
        if (hasLat && (typeof o.latitude !== 'number' || o.latitude < -90 || o.latitude > 90)) fail(where, 'latitude out of range');
        if (hasLon && (typeof o.longitude !== 'number' || o.longitude < -180 || o.longitude > 180)) fail(where, 'longitude out of range');
        if ('country' in o && !/^[A-Z]{2}$/.test(String(o.country))) fail(where, 'country is not an ISO 3166-1 alpha-2 code');
        break;
      }
      case 'identity':
        if ('identity_class' in o && !['individual', 'group', 'system', 'organization', 'class', 'unknown'].includes(String(o.identity_class))) fail(where, 'identity_class is not in identity-class-ov');
        break;
      case 'threat-actor':
        if ('threat_actor_types' in o) {
          const ov = ['activist', 'competitor', 'crime-syndicate', 'criminal', 'hacker', 'insider-accidental', 'insider-disgruntled', 'nation-state', 'sensationalist', 'spy', 'terrorist', 'unknown'];
          for (const t of o.threat_actor_types as string[]) if (!ov.includes(t)) fail(where, `threat_actor_types value ${t} is not in threat-actor-type-ov`);
        }
        break;
      case 'relationship': {
        ref(`${where} source_ref`, o.source_ref);
        ref(`${where} target_ref`, o.target_ref);
        const source = byId.get(String(o.source_ref));
        const target = byId.get(String(o.target_ref));
        if (source && target && !RELATIONSHIPS.has(`${String(source.type)} ${String(o.relationship_type)} ${String(target.type)}`)) {
          fail(where, `${String(source.type)} ${String(o.relationship_type)} ${String(target.type)} is not a relationship the spec defines here`);
        }
        break;
      }
    }
  }
  return problems;
}
