import { describe, expect, it } from 'vitest';
import { resolveSiteConfig, siteConfig } from '../../../src/site.config.ts';

const valid = { name: 'Briefings', description: 'About things.', url: 'https://example.org/sub', lang: 'en-GB', defaultAuthor: 'desk' };

describe('site configuration', () => {
  it('resolves defaults and normalises the base URL', () => {
    const config = resolveSiteConfig(valid);
    expect(config.url).toBe('https://example.org/sub/');
    expect(config.homeCount).toBe(8);
    expect(config.feedItems).toBe(0);
  });

  it('names every bad option in one error, with a hint', () => {
    expect(() => resolveSiteConfig({ ...valid, url: 'example.org', lang: 'English', extra: 1 })).toThrow(
      /^src\/site\.config\.ts: url: expected an absolute http\(s\) URL.*; lang: expected a BCP 47 language tag.*; \(root\): Unrecognized key: "extra"\n {2}Hint: fix the value in src\/site\.config\.ts/s,
    );
  });

  it('ships a valid configuration', () => {
    expect(siteConfig.url).toMatch(/^https:\/\/.+\/$/);
  });
});
