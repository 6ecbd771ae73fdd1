import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  CHART_COMPONENTS, EVENTS_PER_BRIEFING, SOURCES_PER_BRIEFING, Random, baselineFile, briefingFile, generatePublication,
  mulberry32, proseWords, publicationFiles, registeredCharts,
} from '../../../scripts/bench/generate.ts';
import { REGIONS } from '../../../scripts/bench/data.ts';
import { createBriefingSchema } from '../../../src/schemas/briefing.ts';
import { actorSchema } from '../../../src/schemas/actor.ts';
import { authorSchema } from '../../../src/schemas/author.ts';
import { regionSchema } from '../../../src/schemas/region.ts';
import { pageSchema } from '../../../src/schemas/page.ts';
import { findCitations } from '../../../src/markdown/citations.ts';
import { validateBriefing } from '../../../src/authoring/validate.ts';

const publication = generatePublication({ count: 40, seed: 1234 });
const known = {
  authors: new Set(publication.authors.map((a) => a.id)),
  regions: new Set(publication.regions.map((r) => r.id)),
  actors: new Set(publication.actors.map((a) => a.id)),
};
const schema = createBriefingSchema(known);

/** The frontmatter and body of a generated file, split as Astro reads it. */
function splitFile(text: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { data: parse(match[1]!), body: match[2]! };
}

describe('the PRNG', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(Array.from({ length: 5 }, c)).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('samples distinct items and stays in range', () => {
    const r = new Random(7);
    const picked = r.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(picked).size).toBe(4);
    for (let i = 0; i < 200; i++) {
      const n = r.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });
});

describe('generatePublication', () => {
  it('gives the same files, byte for byte, for the same seed', () => {
    const again = publicationFiles(generatePublication({ count: 40, seed: 1234 }));
    expect([...again]).toEqual([...publicationFiles(publication)]);
  });

  it('gives a different publication for another seed', () => {
    const other = generatePublication({ count: 40, seed: 1235 });
    expect(other.briefings.map((b) => b.body)).not.toEqual(publication.briefings.map((b) => b.body));
  });

  it('writes unique, valid slugs, one dataset per briefing, oldest first', () => {
    const slugs = publication.briefings.map((b) => b.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const dates = publication.briefings.map((b) => b.data.published);
    expect([...dates].sort()).toEqual(dates);
    const files = publicationFiles(publication);
    for (const b of publication.briefings) expect(files.get(`data/${b.dataset.id}.csv`)).toBe(b.dataset.csv);
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => generatePublication({ count: 0, seed: 1 })).toThrow(/positive integer/);
  });
});

describe('every generated briefing', () => {
  it('validates against the briefing schema with the generated ids, as written to its file', () => {
    for (const briefing of publication.briefings) {
      const direct = schema.safeParse(briefing.data);
      expect(direct.error?.issues ?? [], briefing.slug).toEqual([]);
      const { data } = splitFile(briefingFile(briefing));
      const fromFile = schema.safeParse(data);
      expect(fromFile.error?.issues ?? [], briefing.slug).toEqual([]);
    }
  });

  it('cites only its own source ids in the body, and cites every source at least once', () => {
    for (const { slug, data, body } of publication.briefings) {
      const ids = new Set(data.sources.map((s) => s.id));
      const labels = findCitations(body).map((c) => c.label);
      expect(labels.length, slug).toBeGreaterThanOrEqual(SOURCES_PER_BRIEFING);
      for (const label of labels) expect(ids.has(label), `${slug}: [^${label}]`).toBe(true);
      expect(new Set(labels), slug).toEqual(ids);
    }
  });

  it('has the realistic shape: ~900 words, 8 sources, 6 located events, the three charts', () => {
    for (const { slug, data, body, dataset } of publication.briefings) {
      const words = proseWords(body);
      expect(words > 750 && words < 1100, `${slug}: ${words} words`).toBe(true);
      expect(data.sources).toHaveLength(SOURCES_PER_BRIEFING);
      expect(data.historicalContext).toHaveLength(EVENTS_PER_BRIEFING);
      expect(body).toContain(`<BarChart data="${dataset.id}" x="month" y="incidents" />`);
      expect(body).toContain('<Timeline />');
      expect(body).toContain('<EventMap />');
      expect(dataset.csv.split('\n')[0]).toBe('month,incidents,fatalities');
      for (const heading of ['## Overview', '## Intel', '## Historical Context', '## Strategic Impact', '## Final Thoughts']) expect(body.split('\n')).toContain(heading);
    }
  });

  it('places events within ~10 km of a real place of a listed country', () => {
    const places = REGIONS.flatMap((region) => Object.entries(region.countries).flatMap(([country, list]) => list.map((p) => ({ ...p, country }))));
    for (const { slug, data } of publication.briefings) {
      for (const event of data.historicalContext) {
        expect(data.countries, slug).toContain(event.place.country);
        const near = places.some((p) => p.name === event.place.name && p.country === event.place.country
          && Math.abs(p.lat - event.place.lat) <= 0.085 && Math.abs(p.lon - event.place.lon) <= 0.085);
        expect(near, `${slug}: ${event.place.name} ${event.place.lat},${event.place.lon}`).toBe(true);
        for (const actor of event.actors) expect(data.actors, slug).toContain(actor);
      }
    }
  });

  it('passes `npm run check` (schema, MDX, components, datasets, citations, lint) with no problem at all', async () => {
    const datasets = new Set(publication.briefings.map((b) => b.dataset.id));
    for (const briefing of publication.briefings.slice(0, 8)) {
      const problems = await validateBriefing(briefingFile(briefing), { file: `content/briefings/${briefing.slug}.mdx`, known: { ...known, datasets } });
      expect(problems.map((p) => `${p.severity} ${p.name}: ${p.message}`), briefing.slug).toEqual([]);
    }
  });
});

describe('the other content files', () => {
  it('validate against their schemas', () => {
    for (const [file, text] of publicationFiles(publication)) {
      const folder = file.split('/')[0];
      if (folder === 'authors') expect(authorSchema.safeParse(parse(text)).success, file).toBe(true);
      if (folder === 'regions') expect(regionSchema.safeParse(parse(text)).success, file).toBe(true);
      if (folder === 'actors') expect(actorSchema.safeParse(parse(text)).success, file).toBe(true);
      if (folder === 'pages') expect(pageSchema.safeParse(splitFile(text).data).success, file).toBe(true);
    }
  });
});

describe('chart options', () => {
  it('leaves out only the tags of charts not asked for', () => {
    const none = generatePublication({ count: 5, seed: 1234, charts: [] });
    const full = generatePublication({ count: 5, seed: 1234 });
    none.briefings.forEach((b, i) => {
      for (const name of CHART_COMPONENTS) expect(b.body).not.toContain(`<${name}`);
      const stripped = full.briefings[i]!.body.replace(/^<(BarChart|Timeline|EventMap)\b[^\n]*\n\n/gm, '');
      expect(b.body).toBe(stripped);
      expect(b.data).toEqual(full.briefings[i]!.data);
    });
  });

  it('reads the registered charts from mdx-components.ts, ignoring comments', () => {
    expect(registeredCharts('/** Timeline, EventMap, BarChart join when they land. */\nexport const mdxComponents = {};')).toEqual([]);
    expect(registeredCharts("import Timeline from './charts/Timeline.astro';\n// BarChart later\nexport const mdxComponents = { Timeline };")).toEqual(['Timeline']);
  });
});

describe('baselineFile', () => {
  it('drops the chart tags and turns every citation into a defined GFM footnote', () => {
    for (const briefing of publication.briefings.slice(0, 5)) {
      const text = baselineFile(briefing);
      for (const name of CHART_COMPONENTS) expect(text).not.toContain(`<${name}`);
      const defined = new Set([...text.matchAll(/^\[\^([^\]]+)\]: /gm)].map((m) => m[1]));
      for (const { label } of findCitations(briefing.body)) expect(defined.has(label)).toBe(true);
    }
  });
});
