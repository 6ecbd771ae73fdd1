import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildBriefingExport, exportDate, toJsonText } from '../../../src/model/exports/briefing-json.ts';
import { briefingJsonSchema } from '../../../src/model/json-schema.ts';
import { briefingSchema } from '../../../src/schemas/briefing.ts';
import { awkward, awkwardInput, bravo, lookups, site } from '../../helpers/sample-exports.ts';

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(briefingJsonSchema(site.url));
}

describe('the briefing JSON export', () => {
  it('validates against the published JSON Schema', () => {
    const validate = validator();
    for (const briefing of [bravo(), awkward()]) {
      const json = JSON.parse(toJsonText(buildBriefingExport(briefing, lookups(), site)));
      expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    }
  });

  it('validates with a source URL holding quotes, angle brackets, spaces and bars, written percent-encoded', () => {
    const validate = validator();
    const input = awkwardInput();
    input.sources[0]!.url = 'https://example.org/a"b<c>d e|f?q="<x>"#"frag"';
    input.sources[0]!.archive = 'https://web.archive.org/web/2024/https://example.org/a"b<c>';
    const json = JSON.parse(toJsonText(buildBriefingExport({ id: 'awkward', data: briefingSchema.parse(input) }, lookups(), site)));
    expect(validate(json), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(json.sources[0].url).toBe('https://example.org/a%22b%3Cc%3Ed%20e%7Cf?q=%22%3Cx%3E%22#%22frag%22');
    expect(json.sources[0].archive).toBe('https://web.archive.org/web/2024/https://example.org/a%22b%3Cc%3E');
  });

  it('has a schema that rejects what the export never writes', () => {
    const validate = validator();
    const good = JSON.parse(toJsonText(buildBriefingExport(bravo(), lookups(), site)));
    const broken = [
      { ...good, title: undefined },
      { ...good, published: '10 February 2024' },
      { ...good, extra: 1 },
      { ...good, strategicImpact: [{ ...good.strategicImpact[0], likelihood: { ...good.strategicImpact[0].likelihood, id: 'probable' } }] },
      { ...good, historicalContext: [{ ...good.historicalContext[0], place: { ...good.historicalContext[0].place, lat: 91 } }] },
    ];
    for (const doc of broken) expect(validate(JSON.parse(JSON.stringify(doc)))).toBe(false);
  });

  it('resolves ids to names and spells out judgements', () => {
    const json = buildBriefingExport(bravo(), lookups(), site);
    expect(json.$schema).toBe('https://briefings.example.org/schema/briefing.json');
    expect(json.url).toBe('https://briefings.example.org/briefings/bravo/');
    expect(json.authors).toEqual([{ id: 'desk', name: 'Fixture Desk', role: 'Test authors' }]);
    expect(json.regions).toEqual([{ id: 'testland', name: 'Testland' }]);
    expect(json.countries).toEqual([{ code: 'ML', name: 'Mali' }, { code: 'BF', name: 'Burkina Faso' }]);
    expect(json.actors).toEqual([{ id: 'red-group', name: 'Red Group', kind: 'non-state-armed-group', aliases: ['RG'], url: 'https://briefings.example.org/actors/red-group/' }]);
    expect(json.strategicImpact[0]).toEqual({
      judgement: 'Red Group will attack another provincial capital within six months.',
      likelihood: { id: 'very-likely', term: 'very likely', low: 80, high: 95 },
      confidence: 'moderate',
      cites: ['src-b'],
    });
    expect(json.exports.stix).toBe('https://briefings.example.org/briefings/bravo.stix.json');
  });

  it('writes dates as ISO strings, events with ranges and anchors, sources with grades', () => {
    const json = buildBriefingExport(bravo(), lookups(), site);
    expect([json.published, json.updated, json.dataCutoff]).toEqual(['2024-02-10', '2024-02-12', '2024-02-09']);
    expect(json.historicalContext[0]).toMatchObject({
      id: 'event-1', date: '2024-01-15', precision: 'day', title: 'Attack on Bamako',
      place: { name: 'Bamako', country: { code: 'ML', name: 'Mali' }, lat: 12.64, lon: -8 },
      actors: [{ id: 'red-group', name: 'Red Group', kind: 'non-state-armed-group' }],
      type: 'battle', fatalities: { low: 10, high: 12 }, cites: ['src-a'],
    });
    expect(json.historicalContext[1]).toMatchObject({ id: 'event-2', date: '2023-06-01', precision: 'month', fatalities: { low: 3, high: 3 }, actors: [] });
    expect(json.sources[0]).toEqual({
      id: 'src-a', url: 'https://example.org/a', title: 'Source A', publisher: 'Example Wire', published: '2024-01-16',
      accessed: '2024-02-01', archive: 'https://web.archive.org/web/2024/https://example.org/a', reliability: { grade: 'B', meaning: 'usually reliable' },
    });
    expect(json.sources[2]).toEqual({ id: 'src-uncited', url: 'https://example.org/c', title: 'Source C', publisher: 'Example Gazette' });
    expect(json.corrections).toEqual([{ date: '2024-02-12', note: 'An earlier version gave the wrong date for the Gao raid.' }]);
  });

  it('keeps a time where the author gave one, and leaves out what is absent', () => {
    const json = buildBriefingExport(awkward(), lookups(), site);
    expect(json.published).toBe('2024-03-05T14:30:00.000Z');
    expect(json).not.toHaveProperty('dek');
    expect(json).not.toHaveProperty('updated');
    expect(json.historicalContext[1]).not.toHaveProperty('place');
    expect(json.historicalContext[1]).not.toHaveProperty('fatalities');
    expect(json.historicalContext[2]!.place).toEqual({ name: 'Niamey', country: { code: 'NE', name: 'Niger' } });
    expect(json.historicalContext[0]!.fatalities).toEqual({ low: 0, high: 0 });
    expect(json.intel[0]!.cites).toEqual([]);
  });

  it('is byte-stable', () => {
    expect(toJsonText(buildBriefingExport(bravo(), lookups(), site))).toBe(toJsonText(buildBriefingExport(bravo(), lookups(), site)));
  });
});

describe('exportDate', () => {
  it('keeps calendar dates short and datetimes whole', () => {
    expect(exportDate(new Date('2024-10-10T00:00:00Z'))).toBe('2024-10-10');
    expect(exportDate(new Date('2024-10-10T00:00:01Z'))).toBe('2024-10-10T00:00:01.000Z');
  });
});
