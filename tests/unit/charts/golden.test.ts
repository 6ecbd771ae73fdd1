import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectGolden, goldenName } from '../../helpers/golden.ts';

const name = 'golden helper scratch case that has no committed file';
const file = fileURLToPath(new URL(`../../fixtures/charts/golden/${goldenName(name)}.svg`, import.meta.url));
const svg = '<svg xmlns="http://www.w3.org/2000/svg"><title id="t">x</title></svg>';

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(file, { force: true });
});

describe('golden files', () => {
  it('fails under CI when the golden file is missing, and writes nothing', () => {
    vi.stubEnv('CI', 'true');
    vi.stubEnv('UPDATE_GOLDEN', '');
    expect(() => expectGolden(name, svg)).toThrow(/is missing\. Run this test locally .* commit it/);
    expect(existsSync(file)).toBe(false);
  });

  it('refuses UPDATE_GOLDEN=1 under CI', () => {
    vi.stubEnv('CI', 'true');
    vi.stubEnv('UPDATE_GOLDEN', '1');
    expect(() => expectGolden(name, svg)).toThrow(/refused under CI/);
    expect(existsSync(file)).toBe(false);
  });

  it('writes a missing golden file locally, normalised, and then compares against it', () => {
    vi.stubEnv('CI', '');
    vi.stubEnv('UPDATE_GOLDEN', '');
    expectGolden(name, svg);
    expect(readFileSync(file, 'utf8')).toBe('<svg xmlns="http://www.w3.org/2000/svg">\n  <title id="id-1">x</title>\n</svg>\n');
    expect(() => expectGolden(name, svg.replace('>x<', '>y<'))).toThrow(/differs/);
  });
});
