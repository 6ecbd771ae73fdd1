/**
 * Every rule of the authors' contract (shared/design/content-model.md), each with the message
 * an author sees. A valid briefing is mutated one field at a time.
 */
import { describe, expect, it } from 'vitest';
import { createBriefingSchema, type BriefingInput } from '../../../src/schemas/briefing.ts';
import { actorSchema } from '../../../src/schemas/actor.ts';
import { authorSchema } from '../../../src/schemas/author.ts';
import { pageSchema } from '../../../src/schemas/page.ts';
import { regionSchema } from '../../../src/schemas/region.ts';
import { issueDetail, parseIsoDate, toSlug } from '../../../src/schemas/common.ts';

const schema = createBriefingSchema({
  authors: new Set(['editorial-desk']),
  regions: new Set(['sahel']),
  actors: new Set(['jnim', 'fama']),
});

/** The contract's own example, completed. */
function example(): any {
  return {
    title: 'Trouble in the Sahel: JNIM Strikes Again',
    dek: 'Simultaneous strikes on Malian bases show a group able to fight on several fronts at once.',
    published: new Date('2024-10-10'),
    dataCutoff: new Date('2024-10-09'),
    authors: ['editorial-desk'],
    regions: ['sahel'],
    countries: ['ML', 'BF', 'NE'],
    actors: ['jnim', 'fama'],
    tags: ['terrorism', 'insurgency'],
    overview: 'JNIM struck several Malian military sites at once, including suicide attacks at Ber.',
    intel: [{ finding: 'JNIM attacked camps at Ber and airports at Timbuktu and Gao.', cites: ['atlas'] }],
    historicalContext: [
      {
        date: new Date('2024-09-17'),
        title: 'Attacks on the gendarmerie school and military airport in Bamako',
        place: { name: 'Bamako', country: 'ML', lat: 12.64, lon: -8.0 },
        actors: ['jnim'],
        type: 'explosion-remote-violence',
        fatalities: { low: 70, high: 77 },
        cites: ['f24-bamako'],
      },
    ],
    strategicImpact: [{ judgement: 'JNIM will continue to attack military infrastructure.', likelihood: 'very-likely', confidence: 'moderate' }],
    sources: [
      { id: 'f24-bamako', url: 'https://www.france24.com/en/africa/x', title: 'Major jihadist attack', publisher: 'France 24', published: new Date('2024-09-19'), reliability: 'B' },
      { id: 'atlas', url: 'https://theatlasnews.co/x', title: 'JNIM launches simultaneous attacks', publisher: 'The Atlas News' },
    ],
  } satisfies BriefingInput;
}

/** Parses a mutated example and returns `path: message` lines. */
function problems(mutate: (b: any) => void): string[] {
  const briefing = example();
  mutate(briefing);
  const result = schema.safeParse(briefing);
  // The hint is a field of the issue (issueDetail), shown here after the message as check prints it.
  return result.success ? [] : result.error.issues.map((i) => {
    const { hint } = issueDetail(i);
    expect(i.message, 'a message carries no hint').not.toContain('Hint:');
    return `${i.path.join('.')}: ${i.message}${hint ? `. Hint: ${hint}` : ''}`;
  });
}

describe('briefing schema', () => {
  it('accepts the contract example and fills defaults', () => {
    const data = schema.parse(example());
    expect(data.draft).toBe(false);
    expect(data.corrections).toEqual([]);
    expect(data.historicalContext[0]!.precision).toBe('day');
    expect(data.published).toEqual(new Date('2024-10-10T00:00:00Z'));
  });

  it('accepts dates written as strings and ISO datetimes', () => {
    expect(problems((b) => { b.published = '2024-10-10'; b.updated = '2024-10-11T09:30:00Z'; })).toEqual([]);
  });

  const cases: [string, (b: any) => void, RegExp][] = [
    ['title is required', (b) => delete b.title, /^title: expected a title; got nothing/],
    ['title ≤ 120 chars', (b) => (b.title = 'x'.repeat(121)), /^title: expected at most 120 characters; got 121\. Hint: move detail into `dek`/],
    ['dek ≤ 280 chars', (b) => (b.dek = 'x'.repeat(281)), /^dek: expected at most 280 characters/],
    ['published is a real date', (b) => (b.published = '2024-02-30'), /^published: expected a date like 2024-10-10.*got "2024-02-30"\. Hint: write dates as YYYY-MM-DD/],
    ['published is required', (b) => delete b.published, /^published: expected a date like 2024-10-10; got nothing/],
    ['updated ≥ published', (b) => (b.updated = new Date('2024-10-01')), /^updated: expected a date on or after published \(2024-10-10\); got 2024-10-01/],
    ['at least one author', (b) => (b.authors = []), /^authors: expected at least one author id/],
    ['author ids exist', (b) => (b.authors = ['nobody']), /^authors\.0: expected the id of a file in content\/authors\/; got "nobody".*Hint: use one of editorial-desk, or create content\/authors\/nobody\.yaml/],
    ['draft is a boolean', (b) => (b.draft = 'yes'), /^draft: expected true or false; got "yes"/],
    ['at least one region', (b) => (b.regions = []), /^regions: expected at least one region id/],
    ['region ids exist', (b) => (b.regions = ['atlantis']), /^regions\.0: .*content\/regions\/atlantis\.yaml/],
    ['countries are ISO alpha-2', (b) => (b.countries = ['MLI']), /^countries\.0: expected an ISO 3166-1 alpha-2 country code; got "MLI"\. Hint: did you mean "ML"\?/],
    ['countries exist in ISO 3166-1', (b) => (b.countries = ['ZZ']), /^countries\.0: expected an ISO 3166-1 alpha-2 country code; got "ZZ"/],
    ['actor ids exist', (b) => (b.actors = ['wagner']), /^actors\.0: .*content\/actors\/wagner\.yaml/],
    ['tags are lowercase slugs', (b) => (b.tags = ['Counter Terrorism']), /^tags\.0: expected a lowercase id.*Hint: try "counter-terrorism"/],
    ['no repeated tags', (b) => (b.tags = ['a', 'a']), /^tags\.1: tag "a" is listed twice/],
    ['overview ≥ 40 chars', (b) => (b.overview = 'Too short.'), /^overview: expected at least 40 characters; got 10/],
    ['overview ≤ 600 chars', (b) => (b.overview = 'x'.repeat(601)), /^overview: expected at most 600 characters/],
    ['at least one intel finding', (b) => (b.intel = []), /^intel: expected at least one intel finding/],
    ['intel cites are source ids', (b) => (b.intel[0].cites = ['nope']), /^intel\.0\.cites\.0: expected a source id of this briefing; got "nope"\. Hint: use one of f24-bamako, atlas/],
    ['event cites are source ids', (b) => (b.historicalContext[0].cites = ['nope']), /^historicalContext\.0\.cites\.0: expected a source id/],
    ['judgement cites are source ids', (b) => (b.strategicImpact[0].cites = ['nope']), /^strategicImpact\.0\.cites\.0: expected a source id/],
    ['event precision is day, month or year', (b) => (b.historicalContext[0].precision = 'week'), /^historicalContext\.0\.precision: expected day, month or year; got "week"/],
    ['event title ≤ 120', (b) => (b.historicalContext[0].title = 'x'.repeat(121)), /^historicalContext\.0\.title:/],
    ['event type is an ACLED type', (b) => (b.historicalContext[0].type = 'attack'), /^historicalContext\.0\.type: expected one of battle, explosion-remote-violence/],
    ['lat and lon together', (b) => delete b.historicalContext[0].place.lon, /^historicalContext\.0\.place\.lon: expected lat and lon together; lon is missing/],
    ['lat within range', (b) => (b.historicalContext[0].place.lat = 120), /^historicalContext\.0\.place\.lat:/],
    ['place country is ISO', (b) => (b.historicalContext[0].place.country = 'Mali'), /^historicalContext\.0\.place\.country: .*Hint: did you mean "ML"\?/],
    ['fatalities low ≤ high', (b) => (b.historicalContext[0].fatalities = { low: 77, high: 70 }), /^historicalContext\.0\.fatalities\.low: expected low ≤ high; got low 77 and high 70\. Hint: swap/],
    ['fatalities are whole numbers ≥ 0', (b) => (b.historicalContext[0].fatalities = -3), /^historicalContext\.0\.fatalities: expected/],
    ['event actors exist', (b) => (b.historicalContext[0].actors = ['ghost']), /^historicalContext\.0\.actors\.0: .*content\/actors\/ghost\.yaml/],
    ['at least one judgement', (b) => (b.strategicImpact = []), /^strategicImpact: expected at least one key judgement/],
    ['judgement ≤ 400 chars', (b) => (b.strategicImpact[0].judgement = 'x'.repeat(401)), /^strategicImpact\.0\.judgement:/],
    ['likelihood on the ICD 203 scale, with a hint', (b) => (b.strategicImpact[0].likelihood = 'probable'), /^strategicImpact\.0\.likelihood: expected one of almost-no-chance, .*; got "probable"\. Hint: use "likely" \(55–80 %\)/],
    ['confidence low/moderate/high', (b) => (b.strategicImpact[0].confidence = 'medium'), /^strategicImpact\.0\.confidence: expected low, moderate or high; got "medium"/],
    ['at least one source', (b) => (b.sources = []), /^sources: expected at least one source/],
    ['source ids are unique', (b) => (b.sources[1].id = 'f24-bamako'), /^sources\.1\.id: expected unique source ids; "f24-bamako" is used twice/],
    ['source ids are slugs', (b) => (b.sources[0].id = 'F24 Bamako'), /^sources\.0\.id: expected a lowercase id/],
    ['source urls are absolute', (b) => (b.sources[0].url = 'www.france24.com'), /^sources\.0\.url: expected an absolute URL starting with https:\/\/ or http:\/\//],
    ['javascript: urls are refused', (b) => (b.sources[0].url = 'javascript:alert(1)'), /^sources\.0\.url: expected an http: or https: URL; got the scheme "javascript:"/],
    ['data: urls are refused', (b) => (b.sources[0].url = 'data:text/html,hi'), /^sources\.0\.url: .*"data:"/],
    ['file: urls are refused', (b) => (b.sources[0].url = 'file:///etc/passwd'), /^sources\.0\.url: .*"file:"/],
    ['archive urls are http(s)', (b) => (b.sources[0].archive = 'ftp://archive.org/x'), /^sources\.0\.archive: .*"ftp:"/],
    ['reliability A–F', (b) => (b.sources[0].reliability = 'G'), /^sources\.0\.reliability: expected a grade from A to F; got "G"/],
    ['corrections have a date and a note', (b) => (b.corrections = [{ date: '2024-10-12' }]), /^corrections\.0\.note:/],
    ['unknown fields are named, with a suggestion', (b) => (b.dataCuttoff = '2024-10-09'), /^: unknown field "dataCuttoff" \(did you mean "dataCutoff"\?\)/],
  ];

  it.each(cases)('%s', (_rule, mutate, expected) => {
    const found = problems(mutate);
    expect(found.some((line) => expected.test(line)), `got:\n${found.join('\n')}`).toBe(true);
  });
});

describe('catalogue names on issues', () => {
  it('names the cross-field rules and references by their catalogue entries, even when another field is malformed', () => {
    const briefing = example();
    briefing.title = 5;
    briefing.sources[1].id = briefing.sources[0].id;
    briefing.authors = ['nobody'];
    const issues = schema.safeParse(briefing).error!.issues;
    expect(issues.map((i) => [i.path.join('.'), issueDetail(i).name ?? 'InvalidField'])).toEqual([
      ['title', 'InvalidField'],
      ['authors.0', 'MissingReference'],
      ['sources.1.id', 'DuplicateSourceId'],
      // The source the finding cited is gone.
      ['intel.0.cites.0', 'UnknownCitation'],
    ]);
  });
});

describe('other collections', () => {
  it('actors need a known kind', () => {
    const r = actorSchema.safeParse({ name: 'JNIM', kind: 'jihadist' });
    expect(r.error?.issues[0]?.message).toMatch(/^expected one of state, government, non-state-armed-group/);
  });

  it('author urls are http(s) only', () => {
    expect(authorSchema.safeParse({ name: 'A', url: 'javascript:x' }).success).toBe(false);
  });
});

describe('required text must have visible characters', () => {
  const BLANKS = ['   ', '\u200B', ' \u200C\u200D\u200E\u200F ', '\u202A\u202B\u202C\u202D\u202E', '\u2060\u2061\u2062\u2063\u2064', '\uFEFF', '\u00A0\t\n', '\u2066\u2069\u00AD'];
  const BLANK = /: expected visible text; got only spaces or invisible characters\. Hint: write the text out; spaces, zero-width and text-direction characters do not count\./;
  const fields: [string, (b: any, text: string) => void][] = [
    ['title', (b, t) => (b.title = t)],
    ['dek', (b, t) => (b.dek = t)],
    ['overview', (b, t) => (b.overview = t)],
    ['intel.0.finding', (b, t) => (b.intel[0].finding = t)],
    ['strategicImpact.0.judgement', (b, t) => (b.strategicImpact[0].judgement = t)],
    ['historicalContext.0.title', (b, t) => (b.historicalContext[0].title = t)],
    ['historicalContext.0.place.name', (b, t) => (b.historicalContext[0].place.name = t)],
    ['sources.0.title', (b, t) => (b.sources[0].title = t)],
    ['sources.0.publisher', (b, t) => (b.sources[0].publisher = t)],
    ['corrections.0.note', (b, t) => (b.corrections = [{ date: '2024-10-12', note: t }])],
    ['card.title', (b, t) => (b.card = { title: t })],
  ];

  it.each(fields)('%s', (field, set) => {
    for (const text of BLANKS) {
      const found = problems((b) => set(b, text));
      // One problem, and not also "expected at least 40 characters".
      expect(found, JSON.stringify(text)).toEqual([expect.stringMatching(new RegExp(`^${field.replace(/\./g, '\\.')}${BLANK.source}`))]);
    }
  });

  it('accepts text with a visible character among invisible ones, and says "empty" for an empty string', () => {
    expect(problems((b) => (b.title = '\u200B JNIM \u200F'))).toEqual([]);
    expect(problems((b) => (b.sources[0].publisher = 'فرانس ٢٤'))).toEqual([]);
    expect(problems((b) => (b.title = ''))).toEqual([expect.stringMatching(/^title: expected text; got an empty value\. Hint: write the text out/)]);
  });

  it('applies to the names in YAML files', () => {
    expect(actorSchema.safeParse({ name: '\u200B\u200B', kind: 'militia' }).error?.issues[0]?.message).toBe('expected visible text; got only spaces or invisible characters');
    expect(actorSchema.safeParse({ name: 'JNIM', aliases: ['\uFEFF'], kind: 'militia' }).success).toBe(false);
    expect(authorSchema.safeParse({ name: ' \u2060 ' }).success).toBe(false);
    expect(regionSchema.safeParse({ name: '\u202E' }).success).toBe(false);
    expect(pageSchema.safeParse({ title: 'About', description: '\u200B' }).success).toBe(false);
    expect(regionSchema.safeParse({ name: 'Sahel' }).success).toBe(true);
  });
});

describe('urls are normalised to their serialised form', () => {
  const sourceUrl = (url: string) => {
    const b = example();
    b.sources[0].url = url;
    b.sources[0].archive = url;
    const data = schema.parse(b);
    expect(data.sources[0]!.archive).toBe(data.sources[0]!.url);
    return data.sources[0]!.url;
  };

  it('percent-encodes quotes, angle brackets and spaces, so no URL can close an attribute', () => {
    expect(sourceUrl('https://example.org/a"b<c>d e?q="<x>" y#"<f>"')).toBe('https://example.org/a%22b%3Cc%3Ed%20e?q=%22%3Cx%3E%22%20y#%22%3Cf%3E%22');
  });

  it('is new URL(x).href: the host in lower case, a bare host given its slash, non-ASCII encoded', () => {
    expect(sourceUrl('HTTPS://Example.ORG')).toBe('https://example.org/');
    expect(sourceUrl('https://example.org/Ségou?q=Ménaka')).toBe('https://example.org/S%C3%A9gou?q=M%C3%A9naka');
    expect(sourceUrl('https://example.org/a?b=1&c=2#d')).toBe('https://example.org/a?b=1&c=2#d');
  });

  it('also encodes what RFC 3986 forbids and href leaves bare', () => {
    expect(sourceUrl('https://example.org/{a}|b^?q=[1]`#x#y')).toBe('https://example.org/%7Ba%7D%7Cb%5E?q=%5B1%5D%60#x%23y');
    expect(sourceUrl('https://example.org/100%/%41')).toBe('https://example.org/100%25/%41');
  });

  it('author urls too', () => {
    expect(authorSchema.parse({ name: 'A', url: 'https://example.org/a<b>' }).url).toBe('https://example.org/a%3Cb%3E');
  });
});

describe('field helpers', () => {
  it('parses calendar dates as UTC midnight and rejects impossible ones', () => {
    expect(parseIsoDate('2024-10-06')?.toISOString()).toBe('2024-10-06T00:00:00.000Z');
    expect(parseIsoDate('2024-02-30')).toBeUndefined();
    expect(parseIsoDate('06/10/2024')).toBeUndefined();
  });

  it('folds titles into slugs', () => {
    expect(toSlug('Ségou, Tombouctou & Ménaka: Łódź?')).toBe('segou-tombouctou-menaka-lodz');
    expect(toSlug("Tajikistan's Balancing Act")).toBe('tajikistans-balancing-act');
  });
});
