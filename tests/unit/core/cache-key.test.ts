import { describe, expect, it } from 'vitest';
import { publicationCacheKey, type KeyedEntry } from '../../../src/model/cache-key.ts';

const entries: KeyedEntry[] = [
  { collection: 'briefings', id: 'trouble-in-the-sahel', digest: 'a1' },
  { collection: 'briefings', id: 'tajikistans-balancing-act', digest: 'b2' },
  { collection: 'authors', id: 'editorial-desk', digest: 'c3' },
];
const settings = { site: { name: 'Sitrep', url: 'https://sitrep.example.org/' }, drafts: false };

describe('publicationCacheKey', () => {
  it('is stable for the same content and settings', () => {
    expect(publicationCacheKey(entries, settings)).toBe(publicationCacheKey(entries.map((e) => ({ ...e })), { drafts: false, site: { ...settings.site } }));
    expect(publicationCacheKey(entries, settings)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes when any entry changes, appears, goes or moves', () => {
    const key = publicationCacheKey(entries, settings);
    const variants = [
      entries.map((e, i) => (i === 2 ? { ...e, digest: 'c4' } : e)),
      entries.slice(1),
      [...entries, { collection: 'datasets', id: 'attacks', digest: 'd5' }],
      [entries[1]!, entries[0]!, entries[2]!],
      entries.map((e, i) => (i === 0 ? { ...e, id: 'trouble-in-the-sahel-2' } : e)),
    ];
    for (const variant of variants) expect(publicationCacheKey(variant, settings)).not.toBe(key);
  });

  it('changes with the settings that live outside the code', () => {
    const key = publicationCacheKey(entries, settings);
    expect(publicationCacheKey(entries, { ...settings, drafts: true })).not.toBe(key);
    expect(publicationCacheKey(entries, { ...settings, site: { ...settings.site, url: 'https://other.example.org/' } })).not.toBe(key);
  });

  it('hashes the data and body of an entry without a digest', () => {
    const plain = (title: string): KeyedEntry[] => [{ collection: 'pages', id: 'about', data: { title }, body: 'Hello' }];
    expect(publicationCacheKey(plain('About'), settings)).toBe(publicationCacheKey(plain('About'), settings));
    expect(publicationCacheKey(plain('About us'), settings)).not.toBe(publicationCacheKey(plain('About'), settings));
  });
});
