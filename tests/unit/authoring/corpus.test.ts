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
import { LINT_RULES } from '../../../src/authoring/lint.ts';
import { AuthoringErrors } from '../../../src/authoring/validate.ts';

const corpus = fileURLToPath(new URL('../../fixtures/authoring/', import.meta.url));
const cases = readdirSync(corpus).filter((name) => !name.startsWith('.')).sort();

interface Expected {
  about: string;
  problems: Record<string, unknown>[];
}

describe('npm run check on the corpus of broken briefings', () => {
  it('has a case for every problem check can find in content, and every lint rule', () => {
    const covered = new Set(cases.flatMap((name) => {
      const expected: Expected = JSON.parse(readFileSync(path.join(corpus, name, 'expected.json'), 'utf8'));
      return expected.problems.map((p) => String(p.name));
    }));
    // Not content problems: a missing content folder (tests/unit/authoring/cli.test.ts) and type errors (astro check).
    const elsewhere = ['ContentNotFound', 'TypeCheck'];
    const names = [...Object.keys(AuthoringErrors).filter((n) => !elsewhere.includes(n)), 'UnknownCitation', 'DuplicateSlug', ...LINT_RULES];
    expect(names.filter((n) => !covered.has(n))).toEqual([]);
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
