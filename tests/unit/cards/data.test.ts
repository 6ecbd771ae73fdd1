import { describe, expect, it } from 'vitest';
import { buildCardJobs, displayUrl, excerpt } from '../../../src/cards/data.ts';
import { cardPathForPage } from '../../../src/model/card-paths.ts';
import { paths } from '../../../src/model/paths.ts';
import { about, publication, site } from '../../fixtures/cards/publication.ts';

describe('buildCardJobs', () => {
  const jobs = buildCardJobs(publication, site, { about });
  const byPath = new Map(jobs.map((job) => [job.path, job.data]));

  it('makes one job per page, for every kind of page', () => {
    const expected = [
      cardPathForPage(paths.home()),
      cardPathForPage(paths.archive()),
      ...publication.briefings.map((b) => cardPathForPage(paths.briefing(b.id))),
      // Each taxonomy of the table, in its order: the index, then each term.
      cardPathForPage(paths.taxonomy('region')), ...publication.terms.region.map((t) => cardPathForPage(paths.term('region', t.id))),
      cardPathForPage(paths.taxonomy('actor')), ...publication.terms.actor.map((t) => cardPathForPage(paths.term('actor', t.id))),
      cardPathForPage(paths.taxonomy('country')), ...publication.terms.country.map((t) => cardPathForPage(paths.term('country', t.id))),
      cardPathForPage(paths.taxonomy('tag')), ...publication.terms.tag.map((t) => cardPathForPage(paths.term('tag', t.id))),
      ...[...publication.authors.keys()].map((id) => cardPathForPage(paths.author(id))),
      cardPathForPage(paths.about()),
      cardPathForPage(paths.search()),
    ];
    expect(jobs.map((j) => j.path)).toEqual(expected);
    expect(new Set(jobs.map((j) => j.data.kind))).toEqual(
      new Set(['home', 'archive', 'briefing', 'regions', 'actors', 'countries', 'tags', 'region', 'actor', 'country', 'tag', 'author', 'about', 'search']),
    );
  });

  it('makes cards for extra pages by their path', () => {
    const extra = buildCardJobs(publication, site, { pages: [{ path: '/search/', title: 'Search', description: 'Find a briefing.' }] }).at(-1)!;
    expect(extra).toEqual({ path: '/cards/search.png', data: { kind: 'page', site: site.name, url: 'briefings.example.org/search', title: 'Search', description: 'Find a briefing.', kicker: undefined } });
  });

  it('leaves the about card out when there is no about page', () => {
    expect(buildCardJobs(publication, site).some((j) => j.data.kind === 'about')).toBe(false);
  });

  it('fills a briefing card from its frontmatter', () => {
    expect(byPath.get(cardPathForPage(paths.briefing('trouble-in-the-sahel')))).toEqual({
      kind: 'briefing',
      site: site.name,
      url: 'briefings.example.org/briefings/trouble-in-the-sahel',
      label: '10 October 2024',
      kicker: 'Sahel',
      title: 'Trouble in the Sahel: JNIM Strikes Again',
      description: 'Simultaneous strikes on Malian bases show a group able to fight on several fronts at once.',
      byline: 'By Editorial Desk',
      // Sorted countries; duplicate and coordinate-less events dropped.
      map: { countries: ['BF', 'ML', 'NE'], points: [[-8, 12.64], [-0.04, 16.27]] },
    });
  });

  it('prefers the card overrides, then the dek, then the overview', () => {
    const cities = byPath.get(cardPathForPage(paths.briefing('three-cities')))!;
    expect(cities.description).toBe('A card-only description.');
    expect(cities.kicker).toBe('Sahel · Caucasus');
    expect(cities.byline).toBe('By Editorial Desk and Zoë Ångström');
    const plain = byPath.get(cardPathForPage(paths.briefing('no-places')))!;
    expect(plain.description).toBe(publication.briefings[2]!.data.overview);
    expect(plain.map).toBeUndefined();
  });

  it('puts nothing in listing cards that changes without a content change', () => {
    const again = buildCardJobs(publication, site, { about });
    expect(JSON.stringify(again)).toBe(JSON.stringify(jobs));
    expect(byPath.get(cardPathForPage(paths.home()))).toEqual({ kind: 'home', site: site.name, url: 'briefings.example.org', label: '3 briefings', title: site.name, description: site.description });
    expect(byPath.get(cardPathForPage(paths.archive()))!.description).toContain('2023–2024');
  });

  it('does not put briefing titles on listing cards, so a title edit re-renders one card', () => {
    const edited = buildCardJobs(
      { ...publication, briefings: publication.briefings.map((b, i) => (i === 0 ? { ...b, data: { ...b.data, title: 'A new title' } } : b)) },
      site,
      { about },
    );
    const changed = edited.filter((job, i) => JSON.stringify(job) !== JSON.stringify(jobs[i]));
    expect(changed.map((j) => j.path)).toEqual([cardPathForPage(paths.briefing('trouble-in-the-sahel'))]);
  });

  it('maps terms: countries of a region, of an actor, the country itself', () => {
    expect(byPath.get(cardPathForPage(paths.term('region', 'sahel')))!.map).toEqual({ countries: ['BF', 'GE', 'ML', 'NE', 'PL'], points: [] });
    expect(byPath.get(cardPathForPage(paths.term('actor', 'jnim')))!.map).toEqual({ countries: ['BF', 'ML'], points: [] });
    expect(byPath.get(cardPathForPage(paths.term('country', 'GE')))).toMatchObject({ kicker: 'Country', title: 'Georgia', label: '1 briefing', map: { countries: ['GE'] } });
    expect(byPath.get(cardPathForPage(paths.term('tag', 'insurgency')))).toMatchObject({ title: '#insurgency' });
    expect(byPath.get(cardPathForPage(paths.author('analyst')))).toMatchObject({ kicker: 'Caucasus analyst', title: 'Zoë Ångström', description: 'Writes about the Caucasus.', label: '1 briefing' });
    expect(byPath.get(cardPathForPage(paths.taxonomy('country')))).toMatchObject({ label: '3 countries' });
  });
});

describe('excerpt', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(excerpt('  Short   text. ')).toBe('Short text.');
    const cut = excerpt('word '.repeat(100), 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

describe('displayUrl', () => {
  it('prints host and path without scheme or trailing slash', () => {
    expect(displayUrl('/briefings/x/', 'https://example.org/')).toBe('example.org/briefings/x');
    expect(displayUrl('/', 'https://example.org/sub/')).toBe('example.org');
  });
});
