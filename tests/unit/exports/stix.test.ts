import { describe, expect, it } from 'vitest';
import { buildBriefingExport, toJsonText } from '../../../src/model/exports/briefing-json.ts';
import { STIX_NAMESPACE, buildStixBundle, stixTimestamp, type StixObject } from '../../../src/model/exports/stix.ts';
import { uuidv5 } from '../../../src/model/exports/uuid.ts';
import { stixProblems } from '../../helpers/stix-spec.ts';
import { awkward, bravo, lookups, site } from '../../helpers/sample-exports.ts';

const bundleOf = (briefing = bravo()) => buildStixBundle(buildBriefingExport(briefing, lookups(), site), site);
const ofType = (objects: StixObject[], type: string) => objects.filter((o) => o.type === type);

describe('the STIX 2.1 bundle', () => {
  it('meets the STIX 2.1 rules checked in stix-spec.ts', () => {
    expect(stixProblems(bundleOf(bravo()))).toEqual([]);
    expect(stixProblems(bundleOf(awkward()))).toEqual([]);
  });

  it('catches what it should (the checker itself)', () => {
    const bundle = JSON.parse(JSON.stringify(bundleOf())) as { objects: StixObject[]; spec_version?: string };
    bundle.spec_version = '2.1';
    bundle.objects[1]!.object_refs = ['threat-actor--00000000-0000-4000-8000-000000000000'];
    bundle.objects[2]!.created = '2024-02-10T00:00:00Z';
    delete bundle.objects[0]!.name;
    const problems = stixProblems(bundle).join('\n');
    expect(problems).toMatch(/has spec_version/);
    expect(problems).toMatch(/does not resolve within the bundle/);
    expect(problems).toMatch(/millisecond precision/);
    expect(problems).toMatch(/missing required property name/);
  });

  it('has a report dated from published and updated, with the sources as external references', () => {
    const [identity, report] = bundleOf().objects;
    expect(identity).toMatchObject({ type: 'identity', name: 'Test Briefings', identity_class: 'organization' });
    expect(report).toMatchObject({
      type: 'report', spec_version: '2.1', name: 'Bravo briefing: the full house structure', report_types: ['threat-report'],
      published: '2024-02-10T00:00:00.000Z', created: '2024-02-10T00:00:00.000Z', modified: '2024-02-12T00:00:00.000Z',
      created_by_ref: identity!.id, labels: ['fixture', 'insurgency'],
    });
    expect(report!.external_references).toEqual([
      { source_name: 'Test Briefings', url: 'https://briefings.example.org/briefings/bravo/', description: 'The briefing' },
      { source_name: 'Example Wire', url: 'https://example.org/a', description: 'Source A (Admiralty reliability B: usually reliable)' },
      { source_name: 'Example Monitor', url: 'https://example.org/b', description: 'Source B (Admiralty reliability C: fairly reliable)' },
      { source_name: 'Example Gazette', url: 'https://example.org/c', description: 'Source C' },
    ]);
  });

  it('exports non-state actors as threat actors with aliases, and no state actor', () => {
    const actors = ofType(bundleOf(awkward()).objects, 'threat-actor');
    expect(actors.map((a) => [a.name, a.aliases, a.threat_actor_types])).toEqual([
      ['Black Flag, "the Movement"', ['BF', 'Al-Raya'], ['terrorist']],
      ['Night Militia', undefined, undefined],
    ]);
    expect(ofType(bundleOf().objects, 'threat-actor').map((a) => [a.name, a.aliases])).toEqual([['Red Group', ['RG']]]);
  });

  it('has a location per event place and per country, and targets relationships for violent events', () => {
    const objects = bundleOf(awkward()).objects;
    const locations = ofType(objects, 'location');
    expect(locations.map((l) => [l.name, l.country, l.latitude, l.longitude])).toEqual([
      ['Point 7, north', 'NE', 17.5, 8.25],
      ['Niamey', 'NE', undefined, undefined],
      ['Niger', 'NE', undefined, undefined],
    ]);
    const relationships = ofType(objects, 'relationship');
    // The battle (two threat actors; the state actor is left out) and the explosion; not the protest.
    expect(relationships.map((r) => [r.relationship_type, r.description])).toEqual([
      ['targets', 'Clash at "Point, 7"\nsecond line (2024-02-20)'],
      ['targets', 'Clash at "Point, 7"\nsecond line (2024-02-20)'],
      ['targets', 'Same place again (2024-01-01)'],
    ]);
    expect(new Set(relationships.map((r) => r.target_ref))).toEqual(new Set([locations[0]!.id]));
  });

  it('carries each key judgement as a note with its likelihood and confidence', () => {
    const notes = ofType(bundleOf().objects, 'note');
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatchObject({ abstract: 'Key judgement 1: very likely (80–95 %), moderate confidence', authors: ['Fixture Desk'] });
    expect(notes[0]!.content).toContain('Red Group will attack another provincial capital within six months.');
  });

  it('derives ids from the namespace, site, slug and object key, so a rebuild is identical', () => {
    const bundle = bundleOf();
    expect(bundle.objects[1]!.id).toBe(`report--${uuidv5('https://briefings.example.org/|bravo|report', STIX_NAMESPACE)}`);
    expect(bundle.objects[0]!.id).toBe(`identity--${uuidv5('https://briefings.example.org/|identity', STIX_NAMESPACE)}`);
    expect(toJsonText(bundleOf())).toBe(toJsonText(bundle));
    // The identity is shared by every briefing's bundle; nothing else is.
    const other = bundleOf(awkward());
    expect(other.objects[0]).toEqual(bundle.objects[0]);
    expect(other.objects[1]!.id).not.toBe(bundle.objects[1]!.id);
  });
});

describe('stixTimestamp', () => {
  it('gives millisecond UTC timestamps', () => {
    expect(stixTimestamp('2024-02-10')).toBe('2024-02-10T00:00:00.000Z');
    expect(stixTimestamp('2024-03-05T14:30:00.000Z')).toBe('2024-03-05T14:30:00.000Z');
  });
});
