import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { actorType, briefingJsonLd, briefingLdInput, serializeJsonLd, websiteJsonLd, type JsonLdNode } from '../../../src/model/structured-data.ts';
import { briefingSchema } from '../../../src/schemas/briefing.ts';

const site = { name: 'Sitrep Test', url: 'https://briefings.example.org/', lang: 'en' };

const data = briefingSchema.parse({
  title: 'Trouble in the Sahel: </script><script>alert(1)</script>',
  dek: 'A dek.',
  published: '2024-10-10',
  authors: ['editorial-desk'],
  regions: ['sahel'],
  countries: ['ML', 'BF'],
  actors: ['jnim', 'fama'],
  tags: ['terrorism'],
  overview: 'JNIM struck several Malian military sites at once, including suicide attacks at Ber.',
  intel: [{ finding: 'JNIM attacked camps.', cites: ['f24'] }],
  historicalContext: [
    { date: '2024-09-17', title: 'Bamako attacks', place: { name: 'Bamako', country: 'ML', lat: 12.64, lon: -8 } },
    { date: '2024-09-18', title: 'Bamako again', place: { name: 'Bamako', country: 'ML' } },
    { date: '2024-09-20', title: 'Somewhere', place: { name: 'Djibo', country: 'BF' } },
    { date: '2024-09-21', title: 'No place' },
  ],
  strategicImpact: [{ judgement: 'More attacks.', likelihood: 'very-likely', confidence: 'moderate' }],
  sources: [
    { id: 'f24', url: 'https://www.france24.com/a', title: 'Major attack', publisher: 'France 24', published: '2024-09-19', archive: 'https://web.archive.org/a' },
    { id: 'lwj', url: 'https://www.longwarjournal.org/b', title: 'JNIM claims', publisher: "FDD's Long War Journal" },
  ],
});

const lookups = {
  authors: new Map([['editorial-desk', { data: { name: 'Editorial Desk', kind: 'organization' as const } }]]),
  actors: new Map([
    ['jnim', { data: { name: 'JNIM', kind: 'terrorist-organisation' as const, aliases: ['Jama’at Nusrat al-Islam wal-Muslimin'] } }],
    ['fama', { data: { name: 'FAMa', kind: 'government' as const } }],
  ]),
};

const node = briefingJsonLd(briefingLdInput({ id: 'trouble-in-the-sahel', data }, lookups, site, 'https://briefings.example.org/cards/briefings/trouble-in-the-sahel.png'));

describe('briefingJsonLd', () => {
  it('is an AnalysisNewsArticle with the required properties', () => {
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'AnalysisNewsArticle',
      url: 'https://briefings.example.org/briefings/trouble-in-the-sahel/',
      mainEntityOfPage: 'https://briefings.example.org/briefings/trouble-in-the-sahel/',
      headline: data.title,
      description: data.overview,
      datePublished: '2024-10-10T00:00:00.000Z',
      dateModified: '2024-10-10T00:00:00.000Z',
      isAccessibleForFree: true,
      image: ['https://briefings.example.org/cards/briefings/trouble-in-the-sahel.png'],
      author: [{ '@type': 'Organization', name: 'Editorial Desk', url: 'https://briefings.example.org/authors/editorial-desk/' }],
      publisher: { '@type': 'Organization', name: 'Sitrep Test', url: 'https://briefings.example.org/' },
      keywords: ['terrorism'],
    });
  });

  it('names the actors it is about', () => {
    expect(node.about).toEqual([
      { '@type': 'Organization', name: 'JNIM', url: 'https://briefings.example.org/actors/jnim/', alternateName: ['Jama’at Nusrat al-Islam wal-Muslimin'] },
      { '@type': 'GovernmentOrganization', name: 'FAMa', url: 'https://briefings.example.org/actors/fama/' },
    ]);
  });

  it('covers the countries and the event places once each, with coordinates when known', () => {
    expect(node.spatialCoverage).toEqual([
      { '@type': 'Country', name: 'Mali', identifier: 'ML', url: 'https://briefings.example.org/countries/ml/' },
      { '@type': 'Country', name: 'Burkina Faso', identifier: 'BF', url: 'https://briefings.example.org/countries/bf/' },
      { '@type': 'Place', name: 'Bamako', address: { '@type': 'PostalAddress', addressCountry: 'ML' }, geo: { '@type': 'GeoCoordinates', latitude: 12.64, longitude: -8 } },
      { '@type': 'Place', name: 'Djibo', address: { '@type': 'PostalAddress', addressCountry: 'BF' } },
    ]);
  });

  it('cites every source as a CreativeWork', () => {
    expect(node.citation).toEqual([
      { '@type': 'CreativeWork', url: 'https://www.france24.com/a', name: 'Major attack', publisher: { '@type': 'Organization', name: 'France 24' }, datePublished: '2024-09-19T00:00:00.000Z', sameAs: 'https://web.archive.org/a' },
      { '@type': 'CreativeWork', url: 'https://www.longwarjournal.org/b', name: 'JNIM claims', publisher: { '@type': 'Organization', name: "FDD's Long War Journal" } },
    ]);
  });

  it('dates a revision as dateModified and leaves out what is unknown', () => {
    const revised = briefingJsonLd(briefingLdInput({ id: 'x', data: { ...data, updated: new Date('2024-11-01T00:00:00Z') } }, lookups, site));
    expect(revised.dateModified).toBe('2024-11-01T00:00:00.000Z');
    expect(revised).not.toHaveProperty('image');
  });

  it('maps actor kinds to schema.org types', () => {
    expect(actorType('state')).toBe('Country');
    expect(actorType('militia')).toBe('Organization');
    expect(actorType('other')).toBe('Thing');
  });
});

describe('websiteJsonLd', () => {
  it('is a WebSite published by the publication', () => {
    expect(websiteJsonLd({ name: 'Sitrep Test', description: 'D', url: site.url, language: 'en' })).toMatchObject({
      '@context': 'https://schema.org', '@type': 'WebSite', name: 'Sitrep Test', url: site.url, publisher: { '@type': 'Organization', name: 'Sitrep Test' },
    });
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element, and parses back to the same data', () => {
    const text = serializeJsonLd(node);
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(node)));
    const doc = parse(`<head><script type="application/ld+json">${text}</script></head>`);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect((JSON.parse(doc.querySelector('script')!.rawText) as JsonLdNode).headline).toBe(data.title);
  });

  it('escapes the line separators JavaScript once rejected', () => {
    expect(serializeJsonLd({ a: 'x\u2028y\u2029z' })).toBe('{"a":"x\\u2028y\\u2029z"}');
  });
});
