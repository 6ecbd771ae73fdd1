import { describe, expect, it } from 'vitest';
import { FEED_TYPES, siteFeedLinks, termFeedLink, termFeedPath, termPagePath } from '../../../src/model/feeds/discovery.ts';
import { briefingCardImage } from '../../../src/model/feeds/card.ts';

describe('feed discovery', () => {
  it('lists the three site feeds with their media types', () => {
    expect(siteFeedLinks('Sitrep').map((f) => [f.href, f.type, f.format])).toEqual([
      ['/rss.xml', 'application/rss+xml', 'RSS'],
      ['/atom.xml', 'application/atom+xml', 'Atom'],
      ['/feed.json', 'application/feed+json', 'JSON Feed'],
    ]);
  });

  it('puts each term feed beside the term page', () => {
    const cases = [
      [{ kind: 'region', id: 'sahel' }, '/regions/sahel/', '/regions/sahel/rss.xml'],
      [{ kind: 'actor', id: 'jnim' }, '/actors/jnim/', '/actors/jnim/rss.xml'],
      [{ kind: 'country', id: 'ML' }, '/countries/ml/', '/countries/ml/rss.xml'],
      [{ kind: 'tag', id: 'insurgency' }, '/tags/insurgency/', '/tags/insurgency/rss.xml'],
    ] as const;
    for (const [term, page, feed] of cases) {
      expect(termPagePath(term)).toBe(page);
      expect(termFeedPath(term)).toBe(feed);
      expect(termFeedPath(term).startsWith(termPagePath(term))).toBe(true);
    }
  });

  it('titles a term feed with the publication and the term', () => {
    expect(termFeedLink({ kind: 'country', id: 'ML', name: 'Mali' }, 'Sitrep')).toEqual({
      href: '/countries/ml/rss.xml', title: 'Sitrep: Mali (country)', type: FEED_TYPES.rss, format: 'RSS',
    });
  });

  it('names the social card of a briefing by its absolute URL', () => {
    expect(briefingCardImage('trouble-in-the-sahel', 'https://briefings.example.org/')).toEqual({
      url: 'https://briefings.example.org/cards/briefings/trouble-in-the-sahel.png', type: 'image/png', width: 1200, height: 630,
    });
  });
});
