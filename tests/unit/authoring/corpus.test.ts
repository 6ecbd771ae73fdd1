/**
 * The corpus of broken briefings: tests/fixtures/authoring/<case>/ is a minimal content folder
 * with one problem, and expected.json lists exactly what `npm run check` must report for it
 * (name, severity, file and line; column, field and hint where given). Nothing more, nothing less.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/authoring/check.ts';
import { ERROR_NAMES, SitrepErrors } from '../../../src/errors.ts';

const corpus = fileURLToPath(new URL('../../fixtures/authoring/', import.meta.url));
const cases = readdirSync(corpus).filter((name) => !name.startsWith('.')).sort();

interface Expected {
  about: string;
  problems: Record<string, unknown>[];
}

/** Catalogue entries that no content folder can cause, why, and where they are tested instead. */
const ELSEWHERE: Record<string, string> = {
  ContentNotFound: 'the content folder itself is missing: tests/unit/authoring/cli.test.ts',
  TypeCheck: 'a type error in code, found by `astro check`: tests/unit/authoring/cli.test.ts',
  InvalidSiteConfig: 'a bad option in astro.config.mjs: tests/unit/core/options.test.ts',
  SearchIndexFailed: 'Pagefind failing on the built HTML: tests/unit/exports/pagefind.test.ts',
  DatasetNotFound: 'only a `data` prop computed by an expression reaches rendering unchecked: tests/unit/charts/datasets.test.ts',
  ContentTooLarge: 'a file over its size limit (20 MB for a dataset) is too big for a fixture: tests/unit/authoring/content-files.test.ts',
  NotADate: 'a LineChart reads its x axis as dates only when every cell is one, so content meets NotANumber instead: tests/unit/charts/datasets.test.ts',
};

describe('npm run check on the corpus of broken briefings', () => {
  it('has a case for every entry of the error catalogue, except those content cannot cause', () => {
    const covered = new Set(cases.flatMap((name) => {
      const expected: Expected = JSON.parse(readFileSync(path.join(corpus, name, 'expected.json'), 'utf8'));
      return expected.problems.map((p) => String(p.name));
    }));
    expect(ERROR_NAMES.filter((n) => !covered.has(n) && !(n in ELSEWHERE))).toEqual([]);
    // An entry listed here must really lack a fixture, and still be in the catalogue.
    for (const name of Object.keys(ELSEWHERE)) {
      expect(covered.has(name), `${name} has a fixture: remove it from ELSEWHERE`).toBe(false);
      expect(SitrepErrors, name).toHaveProperty(name);
    }
  });

  it.each(cases)('%s', async (name) => {
    const dir = path.join(corpus, name);
    const expected: Expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
    const { problems } = await checkContent({ contentDir: path.join(dir, 'content'), cwd: dir });
    // Compare only the keys the case pins down, so a reworded message does not break every case.
    const actual = problems.map((p, i) => {
      const keys = Object.keys(expected.problems[i] ?? { name: 0, severity: 0, file: 0, line: 0, field: 0 });
      return Object.fromEntries(keys.map((key) => [key, (p as unknown as Record<string, unknown>)[key]]));
    });
    expect(actual).toEqual(expected.problems);
    for (const p of problems) {
      expect(p.message, 'every problem says what happened').toBeTruthy();
      expect(p.hint, 'every problem says what to do').toBeTruthy();
    }
  });
});
