/**
 * Briefings for the export unit tests: the fixture's `bravo` read from its MDX file (so the tests
 * see what a build sees), and a hand-made `awkward` one with the cases a careless exporter gets
 * wrong: commas, quotes and line breaks in text, a datetime, events without coordinates, an actor
 * only named in an event, a state actor that is not a threat actor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { briefingSchema, type BriefingInput } from '../../src/schemas/briefing.ts';
import { actorSchema } from '../../src/schemas/actor.ts';
import { authorSchema } from '../../src/schemas/author.ts';
import { regionSchema } from '../../src/schemas/region.ts';
import type { BriefingSource, ExportSite, Lookups } from '../../src/model/exports/briefing-json.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/sites/basic/content');

export const site: ExportSite = { name: 'Test Briefings', url: 'https://briefings.example.org/' };

function yamlFile(file: string): unknown {
  return parse(readFileSync(path.join(FIXTURE, file), 'utf8'));
}

/** The fixture's bravo, parsed by the real schema. */
export function bravo(): BriefingSource {
  const text = readFileSync(path.join(FIXTURE, 'briefings/bravo.mdx'), 'utf8');
  const frontmatter = text.split(/^---$/m)[1]!;
  return { id: 'bravo', data: briefingSchema.parse(parse(frontmatter)) };
}

/** Lookups with the fixture's author, regions and actor, plus the actors `awkward` needs. */
export function lookups(): Lookups {
  return {
    authors: new Map([
      ['desk', { data: authorSchema.parse(yamlFile('authors/desk.yaml')) }],
      ['analyst', { data: authorSchema.parse({ name: 'A. Analyst', url: 'https://example.org/analyst' }) }],
    ]),
    regions: new Map([
      ['testland', { data: regionSchema.parse(yamlFile('regions/testland.yaml')) }],
      ['farland', { data: regionSchema.parse(yamlFile('regions/farland.yaml')) }],
    ]),
    actors: new Map([
      ['red-group', { data: actorSchema.parse(yamlFile('actors/red-group.yaml')) }],
      ['black-flag', { data: actorSchema.parse({ name: 'Black Flag, "the Movement"', aliases: ['BF', 'Al-Raya'], kind: 'terrorist-organisation', description: 'A fictional group.' }) }],
      ['blue-army', { data: actorSchema.parse({ name: 'Blue Army', kind: 'state' }) }],
      ['night-militia', { data: actorSchema.parse({ name: 'Night Militia', kind: 'militia' }) }],
    ]),
  };
}

export function awkwardInput(): BriefingInput {
  return {
    title: 'Awkward: "quotes", commas, and more',
    published: '2024-03-05T14:30:00Z',
    authors: ['desk', 'analyst'],
    regions: ['farland'],
    countries: ['NE'],
    actors: ['black-flag', 'blue-army'],
    tags: ['fixture'],
    overview: 'An overview long enough for the schema, with a comma, and "quotes" in it for good measure.',
    intel: [{ finding: 'Line one.\nLine two, with a comma.' }],
    historicalContext: [
      {
        date: '2024-02-20',
        title: 'Clash at "Point, 7"\nsecond line',
        place: { name: 'Point 7, north', country: 'NE', lat: 17.5, lon: 8.25 },
        actors: ['black-flag', 'night-militia', 'blue-army'],
        type: 'battle',
        fatalities: 0,
        cites: ['s1', 's2'],
      },
      { date: '2024-01-01', precision: 'year', title: 'A year of drift', type: 'strategic-development' },
      { date: '2024-02-20', title: 'Protest in the capital', place: { name: 'Niamey', country: 'NE' }, type: 'protest', reported: '2024-02-22' },
      { date: '2024-01-01', title: 'Same place again', place: { name: 'Point 7, north', country: 'NE', lat: 17.5, lon: 8.25 }, actors: ['black-flag'], type: 'explosion-remote-violence' },
    ],
    strategicImpact: [{ judgement: 'More of the same.', likelihood: 'roughly-even-chance', confidence: 'high', cites: ['s2'] }],
    sources: [
      { id: 's1', url: 'https://example.org/s1?a=1&b=2', title: 'Report, with "quotes"', publisher: 'Wire, Inc.' },
      { id: 's2', url: 'https://example.org/s2', title: 'Second', publisher: 'Monitor', published: '2024-02-21T09:00:00Z', reliability: 'F' },
    ],
  };
}

/** `awkward`, parsed. */
export function awkward(): BriefingSource {
  return { id: 'awkward', data: briefingSchema.parse(awkwardInput()) };
}
