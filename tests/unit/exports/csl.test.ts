import { describe, expect, it } from 'vitest';
import { buildBriefingExport } from '../../../src/model/exports/briefing-json.ts';
import { buildCslJson, cslDate } from '../../../src/model/exports/csl.ts';
import { awkward, bravo, lookups, site } from '../../helpers/sample-exports.ts';

describe('the CSL-JSON sources', () => {
  it('maps each source to a webpage item with container-title, URL and dates', () => {
    const items = buildCslJson(buildBriefingExport(bravo(), lookups(), site).sources);
    expect(items).toEqual([
      {
        id: 'src-a', type: 'webpage', title: 'Source A', 'container-title': 'Example Wire', URL: 'https://example.org/a',
        issued: { 'date-parts': [[2024, 1, 16]] }, accessed: { 'date-parts': [[2024, 2, 1]] },
        note: 'Admiralty reliability B (usually reliable). Archived copy: https://web.archive.org/web/2024/https://example.org/a',
      },
      { id: 'src-b', type: 'webpage', title: 'Source B', 'container-title': 'Example Monitor', URL: 'https://example.org/b', note: 'Admiralty reliability C (fairly reliable).' },
      { id: 'src-uncited', type: 'webpage', title: 'Source C', 'container-title': 'Example Gazette', URL: 'https://example.org/c' },
    ]);
  });

  it('dates a datetime by its UTC day', () => {
    expect(buildCslJson(buildBriefingExport(awkward(), lookups(), site).sources)[1]!.issued).toEqual({ 'date-parts': [[2024, 2, 21]] });
    expect(cslDate('2024-12-31T23:59:59.000Z')).toEqual({ 'date-parts': [[2024, 12, 31]] });
  });
});
