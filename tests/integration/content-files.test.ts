/**
 * The build refuses what `sitrep check` refuses, before any loader reads it (issue 14, probe 2):
 * a dataset linked to /dev/zero, a briefing linked to /etc/passwd and a dataset over its size
 * limit stop the build at the content gate with located errors naming each file, instead of
 * "Invalid string length" and a stack trace, or a page that publishes the linked file.
 */
import { readFileSync, symlinkSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, copyContent } from '../helpers/build.ts';

describe('the build and files that are not plain files of the content folder', () => {
  it('stops at the content gate with a located error for each', async () => {
    const content = copyContent('tests/fixtures/authoring/valid/content');
    mkdirSync(path.join(content, 'data'));
    symlinkSync('/dev/zero', path.join(content, 'data/zero.csv'));
    symlinkSync('/etc/passwd', path.join(content, 'briefings/passwd.mdx'));
    const huge = path.join(content, 'data/huge.csv');
    writeFileSync(huge, 'a,b\n');
    truncateSync(huge, 25 * 1024 * 1024);
    const build = await buildSite({ content });
    expect(build.code, build.output).not.toBe(0);
    for (const [file, name] of [['data/zero.csv', 'UnsafeContentFile'], ['briefings/passwd.mdx', 'UnsafeContentFile'], ['data/huge.csv', 'ContentTooLarge']]) {
      expect(build.output).toMatch(new RegExp(`content/${file.replace('.', '\\.')}: .*\\n(?:  .*\\n)*?  Error reference: ${name}`));
    }
    expect(build.output).not.toMatch(/Invalid string length|Stack trace:/);
    expect(build.output).not.toContain(readFileSync('/etc/passwd', 'utf8').split('\n')[0]!);
  });
});
