import { describe, expect, it } from 'vitest';
import { cardPath, cardPathForPage, cardRouteParam } from '../../../src/model/card-paths.ts';
import { paths } from '../../../src/model/paths.ts';

describe('cardPath', () => {
  it('derives every card URL from the page URL', () => {
    expect(cardPath('home')).toBe('/cards/home.png');
    expect(cardPath('archive')).toBe('/cards/briefings.png');
    expect(cardPath('briefing', 'trouble-in-the-sahel')).toBe('/cards/briefings/trouble-in-the-sahel.png');
    expect(cardPath('regions')).toBe('/cards/regions.png');
    expect(cardPath('region', 'sahel')).toBe('/cards/regions/sahel.png');
    expect(cardPath('country', 'ML')).toBe('/cards/countries/ml.png');
    expect(cardPath('tag', 'insurgency')).toBe('/cards/tags/insurgency.png');
    expect(cardPath('author', 'desk')).toBe('/cards/authors/desk.png');
    expect(cardPath('about')).toBe('/cards/about.png');
    expect(cardPath('search')).toBe('/cards/search.png');
  });

  it('maps a page path the way the layout sees it', () => {
    expect(cardPathForPage(paths.home())).toBe('/cards/home.png');
    expect(cardPathForPage(paths.term('actor', 'jnim'))).toBe(cardPath('actor', 'jnim'));
  });

  it('gives the route parameter of a card URL', () => {
    expect(cardRouteParam('/cards/briefings/x.png')).toBe('briefings/x');
    expect(cardRouteParam('/cards/home.png')).toBe('home');
  });
});
