import { describe, expect, it } from 'vitest';
import { cardPathForPage, cardRouteParam } from '../../../src/model/card-paths.ts';
import { paths } from '../../../src/model/paths.ts';

describe('cardPath', () => {
  it('derives every card URL from the page URL', () => {
    expect(cardPathForPage(paths.home())).toBe('/cards/home.png');
    expect(cardPathForPage(paths.archive())).toBe('/cards/briefings.png');
    expect(cardPathForPage(paths.briefing('trouble-in-the-sahel'))).toBe('/cards/briefings/trouble-in-the-sahel.png');
    expect(cardPathForPage(paths.taxonomy('region'))).toBe('/cards/regions.png');
    expect(cardPathForPage(paths.term('region', 'sahel'))).toBe('/cards/regions/sahel.png');
    expect(cardPathForPage(paths.term('country', 'ML'))).toBe('/cards/countries/ml.png');
    expect(cardPathForPage(paths.term('tag', 'insurgency'))).toBe('/cards/tags/insurgency.png');
    expect(cardPathForPage(paths.author('desk'))).toBe('/cards/authors/desk.png');
    expect(cardPathForPage(paths.about())).toBe('/cards/about.png');
    expect(cardPathForPage(paths.search())).toBe('/cards/search.png');
  });

  it('maps a page path the way the layout sees it', () => {
    expect(cardPathForPage(paths.home())).toBe('/cards/home.png');
    expect(cardPathForPage(paths.term('actor', 'jnim'))).toBe(cardPathForPage(paths.term('actor', 'jnim')));
  });

  it('gives the route parameter of a card URL', () => {
    expect(cardRouteParam('/cards/briefings/x.png')).toBe('briefings/x');
    expect(cardRouteParam('/cards/home.png')).toBe('home');
  });
});
