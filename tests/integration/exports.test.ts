/**
 * Builds the fixture publication twice and reads its machine-readable exports and search index
 * as a consumer would: the JSON against the JSON Schema the site publishes, the CSV with a real
 * parser, the GeoJSON's structure, the STIX bundle against the spec's rules, and the second build
 * byte for byte against the first.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { csvParse } from 'd3';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FeatureCollection } from 'geojson';
import { buildSite, scratch, type BuildResult } from '../helpers/build.ts';
import { EVENT_COLUMNS } from '../../src/model/exports/events.ts';
import type { BriefingExport } from '../../src/model/exports/schema.ts';
import { stixProblems } from '../helpers/stix-spec.ts';

const FIXTURE = 'tests/fixtures/sites/basic/content';
const ENV = { SITREP_NOW: '2026-01-01T00:00:00Z' };
const PUBLISHED = ['alpha', 'bravo', 'charlie'];
let first: BuildResult;
let second: BuildResult;

const file = (route: string, build = first) => readFileSync(path.join(build.outDir, route), 'utf8');
const json = <T = any>(route: string): T => JSON.parse(file(route)) as T;
const html = (route: string) => parse(file(path.join(route, 'index.html')));

/** Every export file of a build, relative to its output folder. */
function exportFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(json|geojson|csv)$/.test(f) && !f.startsWith('pagefind') && !f.startsWith('_astro') && !f.endsWith('feed.json'))
    .sort();
}

/** Structural problems of a GeoJSON FeatureCollection of Points (RFC 7946 §3). */
function geojsonProblems(fc: any): string[] {
  const problems: string[] = [];
  if (fc?.type !== 'FeatureCollection') problems.push('type is not FeatureCollection');
  if (!Array.isArray(fc?.features)) return [...problems, 'features is not a list'];
  fc.features.forEach((f: any, i: number) => {
    if (f.type !== 'Feature') problems.push(`features[${i}].type is not Feature`);
    if (f.geometry?.type !== 'Point') problems.push(`features[${i}] is not a Point`);
    const c = f.geometry?.coordinates;
    if (!Array.isArray(c) || c.length !== 2 || !c.every((n: unknown) => typeof n === 'number' && Number.isFinite(n))) problems.push(`features[${i}] coordinates are not two numbers`);
    else {
      if (c[0] < -180 || c[0] > 180) problems.push(`features[${i}] longitude ${c[0]} out of range`);
      if (c[1] < -90 || c[1] > 90) problems.push(`features[${i}] latitude ${c[1]} out of range`);
    }
    if (typeof f.properties !== 'object' || f.properties === null || Array.isArray(f.properties)) problems.push(`features[${i}].properties is not an object`);
  });
  return problems;
}

/** Pagefind's fragments (one per indexed page): gzip, a `pagefind_dcd` signature, then JSON. */
function searchFragments(outDir: string): { url: string; content: string; filters: Record<string, string[]>; meta: Record<string, string> }[] {
  const dir = path.join(outDir, 'pagefind/fragment');
  return readdirSync(dir).map((name) => JSON.parse(gunzipSync(readFileSync(path.join(dir, name))).toString('utf8').replace(/^pagefind_dcd/, '')));
}

beforeAll(async () => {
  // Two builds in turn (the machine has two cores): the second is only compared with the first.
  first = await buildSite({ content: FIXTURE, env: ENV });
  expect(first.code, first.output).toBe(0);
  second = await buildSite({ content: FIXTURE, env: ENV, outDir: path.join(scratch('dist'), 'dist') });
  expect(second.code, second.output).toBe(0);
});

describe('per-briefing exports', () => {
  it('exist for every published briefing and no draft or scheduled one', () => {
    for (const slug of PUBLISHED) {
      for (const route of [`briefings/${slug}.json`, `briefings/${slug}.stix.json`, `briefings/${slug}/events.geojson`, `briefings/${slug}/events.csv`, `briefings/${slug}/sources.json`]) {
        expect(existsSync(path.join(first.outDir, route)), route).toBe(true);
      }
    }
    for (const hidden of ['delta-draft', 'echo-scheduled']) {
      expect(existsSync(path.join(first.outDir, `briefings/${hidden}.json`))).toBe(false);
      expect(file('events.csv')).not.toContain(hidden);
    }
  });

  it('are linked from the briefing page, and every link resolves to a built file', () => {
    const links = html('briefings/bravo').querySelectorAll('.data-block a').map((a) => a.getAttribute('href')!);
    expect(links).toEqual(expect.arrayContaining([
      '/briefings/bravo.json', '/schema/briefing.json', '/briefings/bravo/events.csv', '/briefings/bravo/events.geojson',
      '/briefings/bravo/sources.json', '/briefings/bravo.stix.json', '/events.csv', '/events.geojson',
    ]));
    for (const href of links) expect(existsSync(path.join(first.outDir, href)), href).toBe(true);
    // Alpha has no events: no event links, but the rest.
    const alpha = html('briefings/alpha').querySelectorAll('.data-block li a').map((a) => a.getAttribute('href'));
    expect(alpha).not.toContain('/briefings/alpha/events.csv');
    expect(alpha).toContain('/briefings/alpha.stix.json');
  });

  it('JSON validates against the JSON Schema the site publishes', () => {
    const schema = json('schema/briefing.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://sitrep.example.org/schema/briefing.json');
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    for (const slug of PUBLISHED) {
      const doc = json(`briefings/${slug}.json`);
      expect(validate(doc), `${slug}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(doc.$schema).toBe(schema.$id);
    }
    const bravo = json<BriefingExport>('briefings/bravo.json');
    expect(bravo.actors[0]).toMatchObject({ name: 'Red Group', aliases: ['RG'] });
    expect(bravo.strategicImpact[0]!.likelihood).toEqual({ id: 'very-likely', term: 'very likely', low: 80, high: 95 });
  });

  it('GeoJSON is a FeatureCollection of [lon, lat] Points matching the briefing', () => {
    const fc = json<FeatureCollection>('briefings/bravo/events.geojson');
    expect(geojsonProblems(fc)).toEqual([]);
    const bravo = json<BriefingExport>('briefings/bravo.json');
    const mapped = bravo.historicalContext.filter((e) => e.place?.lat !== undefined);
    expect(fc.features).toHaveLength(mapped.length);
    for (const event of mapped) {
      const feature = fc.features.find((f) => f.id === `bravo-${event.id}`)!;
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: [event.place!.lon, event.place!.lat] });
    }
    expect(json('briefings/alpha/events.geojson')).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('CSV parses with the ACLED-like header and one row per event', () => {
    const rows = csvParse(file('briefings/bravo/events.csv'));
    expect(rows.columns).toEqual([...EVENT_COLUMNS]);
    expect(rows.map((r) => [r.event_date, r.event_type, r.actor1, r.country, r.location, r.latitude, r.longitude, r.fatalities, r.fatalities_high, r.source])).toEqual([
      ['2023-06-01', '', '', 'Mali', 'Gao', '16.27', '-0.04', '3', '3', 'Example Monitor'],
      ['2024-01-15', 'Battles', 'Red Group', 'Mali', 'Bamako', '12.64', '-8', '10', '12', 'Example Wire'],
    ]);
  });

  it('CSL-JSON lists the sources as webpages', () => {
    const items = json<any[]>('briefings/bravo/sources.json');
    expect(items.map((i) => [i.id, i.type, i['container-title'], i.URL])).toEqual([
      ['src-a', 'webpage', 'Example Wire', 'https://example.org/a'],
      ['src-b', 'webpage', 'Example Monitor', 'https://example.org/b'],
      ['src-uncited', 'webpage', 'Example Gazette', 'https://example.org/c'],
    ]);
    expect(items[0].issued).toEqual({ 'date-parts': [[2024, 1, 16]] });
  });

  it('STIX bundles meet the STIX 2.1 rules', () => {
    for (const slug of PUBLISHED) expect(stixProblems(json(`briefings/${slug}.stix.json`)), slug).toEqual([]);
    const bundle = json('briefings/bravo.stix.json');
    expect(bundle.objects.map((o: any) => o.type)).toEqual(['identity', 'report', 'threat-actor', 'location', 'location', 'location', 'location', 'relationship', 'note', 'note']);
  });
});

describe('site-wide exports', () => {
  it('list every published event, oldest first', () => {
    const rows = csvParse(file('events.csv'));
    expect(rows.map((r) => r.event_id)).toEqual(['bravo-event-2', 'bravo-event-1']);
    const fc = json('events.geojson');
    expect(geojsonProblems(fc)).toEqual([]);
    expect(fc.features).toHaveLength(2);
  });
});

describe('determinism', () => {
  it('gives byte-identical exports from two builds', () => {
    const files = exportFiles(first.outDir);
    expect(files).toEqual(expect.arrayContaining(['briefings/bravo.json', 'briefings/bravo.stix.json', 'events.csv', 'schema/briefing.json']));
    expect(exportFiles(second.outDir)).toEqual(files);
    for (const route of files) expect(file(route, second), route).toBe(file(route, first));
  });
});

describe('search', () => {
  it('indexes only the briefing articles, with region, country, actor, tag and year filters', () => {
    const fragments = searchFragments(first.outDir).sort((a, b) => a.url.localeCompare(b.url));
    expect(fragments.map((f) => f.url)).toEqual(['/briefings/alpha/', '/briefings/bravo/', '/briefings/charlie/']);
    const bravo = fragments[1]!;
    expect(bravo.filters).toEqual({ actor: ['Red Group'], country: ['Mali', 'Burkina Faso'], region: ['Testland'], tag: ['fixture', 'insurgency'], year: ['2024'] });
    expect(bravo.meta).toMatchObject({ title: 'Bravo briefing: the full house structure', published: '2024-02-10' });
    expect(bravo.content).toContain('Red Group struck two towns at once');
    // Navigation, the contents list, the estimative legend and the Data block stay out.
    for (const text of ['Skip to content', 'How to read these judgements', 'machine-readable']) expect(bravo.content).not.toContain(text);
  });

  it('ships the Pagefind bundle and a search page that works without JavaScript', () => {
    for (const asset of ['pagefind/pagefind.js', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-ui.css']) {
      expect(existsSync(path.join(first.outDir, asset)), asset).toBe(true);
    }
    const page = html('search');
    expect(page.querySelector('h1')?.text).toBe('Search');
    expect(page.querySelector('noscript')?.text).toContain('needs JavaScript');
    const browse = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(browse).toEqual(expect.arrayContaining(['/briefings/', '/regions/', '/actors/', '/countries/', '/tags/']));
    expect(page.querySelectorAll('script').length).toBeGreaterThan(0);
    expect(html('').querySelectorAll('.site-nav a').map((a) => a.getAttribute('href'))).toContain('/search/');
  });
});
