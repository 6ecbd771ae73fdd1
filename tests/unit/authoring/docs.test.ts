/** The README's frontmatter reference is generated from the schemas, and must be current. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, START, renderReference } from '../../../src/authoring/docs.ts';
import { ERRORS_END, ERRORS_START, README, renderErrorReference, updateReadme, updateReferences } from '../../../src/authoring/docs-command.ts';
import { ERROR_NAMES, SitrepErrors } from '../../../src/errors.ts';
import { BRIEFING_FIELDS } from '../../../src/schemas/briefing.ts';
import { LINT_RULES } from '../../../src/authoring/lint.ts';
import { LIKELIHOODS } from '../../../src/model/estimative.ts';

describe('frontmatter reference', () => {
  const reference = renderReference();

  it('README.md is up to date with the schemas and the error catalogue (run `npm run docs` if not)', () => {
    const readme = existsSync(README) ? readFileSync(README, 'utf8') : undefined;
    expect(readme, 'README.md is missing: run `npm run docs`').toBeDefined();
    expect(updateReferences(readme) === readme, 'README.md is out of date: run `npm run docs` (sitrep docs)').toBe(true);
    expect(readme).toContain(ERRORS_START);
  });

  it('documents every field of the contract with its type and a description', () => {
    for (const field of BRIEFING_FIELDS) {
      const row = reference.split('\n').find((line) => line.startsWith(`| \`${field}\` |`));
      expect(row, field).toBeDefined();
      const [, , type, required, description] = row!.split(/(?<!\\)\|/).map((cell) => cell.trim());
      expect(type, field).toBeTruthy();
      expect(required, field).toMatch(/^(yes|no)/);
      expect(description, field).toBeTruthy();
    }
  });

  it('takes types, requirement and allowed values from the schemas', () => {
    expect(reference).toContain('| `title` | text, 1–120 characters | yes |');
    expect(reference).toContain('| `draft` | `true` or `false` | no (default `false`) |');
    expect(reference).toContain(`| \`likelihood\` | ${LIKELIHOODS.map((l) => `\`${l}\``).join(' \\| ')} | yes |`);
    expect(reference).toContain('| `fatalities` | whole number ≥ 0 or `{ low, high }` | no |');
    for (const rule of LINT_RULES) expect(reference).toContain(`| \`${rule}\` |`);
  });

  it('replaces only the text between the markers', () => {
    const readme = `# Sitrep\n\nIntro.\n\n${START}\nold\n${END}\n\n## After\n`;
    expect(updateReadme(readme, 'new\n')).toBe(`# Sitrep\n\nIntro.\n\n${START}\nnew\n${END}\n\n## After\n`);
  });

  it('adds the section at the end when the README has no markers, or creates it', () => {
    expect(updateReadme('# Sitrep\n', 'ref')).toBe(`# Sitrep\n\n## Frontmatter reference\n\n${START}\nref\n${END}\n`);
    expect(updateReadme(undefined, 'ref')).toBe(`## Frontmatter reference\n\n${START}\nref\n${END}\n`);
  });
});

describe('error reference', () => {
  const reference = renderErrorReference();

  it('lists every catalogue entry with its title, severity and what to do', () => {
    for (const name of ERROR_NAMES) {
      const row = reference.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row, name).toBeDefined();
      const [, , severity, title, fix] = row!.split(/(?<!\\)\|/).map((cell) => cell.trim());
      expect(severity, name).toBe(SitrepErrors[name].severity);
      expect(title, name).toContain(SitrepErrors[name].title.replace(/\|/g, '\\|'));
      expect(fix, name).toBeTruthy();
    }
  });

  it('goes between its own markers, leaving the frontmatter reference alone', () => {
    const readme = `# Sitrep\n\n${START}\nold\n${END}\n\n## Errors\n\n${ERRORS_START}\nold errors\n${ERRORS_END}\n`;
    const next = updateReferences(readme);
    expect(next).toContain(`${ERRORS_START}\n${reference.trimEnd()}\n${ERRORS_END}`);
    expect(next).toContain(`${START}\n${renderReference().trimEnd()}\n${END}`);
    expect(next.indexOf('## Errors')).toBeGreaterThan(next.indexOf(END));
  });
});
