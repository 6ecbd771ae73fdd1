import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../src/options.ts';
import { sampleOptions } from '../../helpers/sample-options.ts';

const valid = { name: 'Briefings', description: 'About things.', url: 'https://example.org/sub', lang: 'en-GB', defaultAuthor: 'desk' };

describe('sitrep() options', () => {
  it('resolves defaults and normalises the base URL', () => {
    const config = resolveOptions(valid);
    expect(config.url).toBe('https://example.org/sub/');
    expect(config.homeCount).toBe(8);
    expect(config.feedItems).toBe(0);
    expect(config.components).toEqual({});
    expect(config.customCss).toEqual([]);
  });

  it('names every bad option in one error, located in astro.config.mjs, with a hint', () => {
    expect(() => resolveOptions({ ...valid, url: 'example.org', lang: 'English', extra: 1 })).toThrow(
      /^astro\.config\.mjs: url: expected an absolute http\(s\) URL.*; lang: expected a BCP 47 language tag.*; \(root\): Unrecognized key: "extra"\n {2}Hint: fix the option passed to sitrep\(\{ … \}\) in astro\.config\.mjs/s,
    );
  });

  it('rejects a component override that Sitrep does not offer', () => {
    expect(() => resolveOptions({ ...valid, components: { Sidebar: './x.astro' } })).toThrow(/components: Unrecognized key: "Sidebar"/);
  });

  it('is what the sample publication ships', () => {
    expect(sampleOptions.url).toMatch(/^https:\/\/.+\/$/);
    expect(sampleOptions.defaultAuthor).toBe('editorial-desk');
  });
});
