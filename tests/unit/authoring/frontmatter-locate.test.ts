/** Field paths to file positions, and the frontmatter split that keeps body lines intact. */
import { describe, expect, it } from 'vitest';
import { formatPath, locateField, parseYaml, splitFrontmatter, writtenScalars } from '../../../src/authoring/locate.ts';

const FILE = `---
title: Alpha
published: 2024-03-10
authors: [desk, ghost]
empty:
card: { title: Short }
strategicImpact:
  - judgement: It will rain.
    likelihood: probable
    confidence: low
---

Body line 13[^a]
`;

function parsed() {
  const split = splitFrontmatter(FILE)!;
  return parseYaml(split.yaml, split.lineOffset);
}

describe('splitFrontmatter', () => {
  it('returns the YAML and keeps body lines where they are in the file', () => {
    const split = splitFrontmatter(FILE)!;
    expect(split.yaml.startsWith('\ntitle: Alpha')).toBe(true);
    expect(split.lineOffset).toBe(0);
    expect(split.body.split('\n')[12]).toBe('Body line 13[^a]');
    expect(split.body.split('\n').slice(0, 12).every((line) => line === '')).toBe(true);
  });

  it('accepts blank lines before the fence, as Astro does, and counts them', () => {
    const split = splitFrontmatter(`\n\n${FILE}`)!;
    expect(split.lineOffset).toBe(2);
    expect(locateField(parseYaml(split.yaml, split.lineOffset), ['published'])).toEqual({ line: 5, column: 12, exact: true });
  });

  it('returns undefined without a fenced frontmatter', () => {
    expect(splitFrontmatter('# Just markdown\n')).toBeUndefined();
  });
});

describe('parseYaml', () => {
  it('reads dates as Dates, like the build', () => {
    expect((parsed().data as { published: unknown }).published).toEqual(new Date('2024-03-10T00:00:00Z'));
  });

  it('reports syntax errors in one line, at file positions', () => {
    const result = parseYaml('title: a\ntitle: b\n', 4);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([{ code: 'DUPLICATE_KEY', line: 6, column: 1, message: 'Map keys must be unique' }]);
  });
});

describe('locateField', () => {
  it('points at the value of a field, through maps and lists', () => {
    expect(locateField(parsed(), ['strategicImpact', 0, 'likelihood'])).toEqual({ line: 9, column: 17, exact: true });
    expect(locateField(parsed(), ['authors', 1])).toEqual({ line: 4, column: 17, exact: true });
    expect(locateField(parsed(), ['card', 'title'])).toEqual({ line: 6, column: 16, exact: true });
  });

  it('points at the key for unknown fields, and for a key with no value', () => {
    expect(locateField(parsed(), ['card', 'title'], 'key')).toEqual({ line: 6, column: 9, exact: true });
    expect(locateField(parsed(), ['empty'])).toEqual({ line: 5, column: 1, exact: true });
  });

  it('falls back to the nearest written parent for a missing field', () => {
    expect(locateField(parsed(), ['strategicImpact', 0, 'cites'])).toEqual({ line: 8, column: 5, exact: false });
    expect(locateField(parsed(), ['strategicImpact', 3])).toEqual({ line: 8, column: 3, exact: false });
    expect(locateField(parsed(), ['sources'])).toEqual({ line: 2, column: 1, exact: false });
  });
});

describe('formatPath and writtenScalars', () => {
  it('formats zod paths the way authors read them', () => {
    expect(formatPath(['strategicImpact', 0, 'likelihood'])).toBe('strategicImpact[0].likelihood');
    expect(formatPath([])).toBe('');
  });

  it('lists scalars with their source text and position', () => {
    const date = writtenScalars(parsed()).find((s) => s.path.join('.') === 'published');
    expect(date).toMatchObject({ source: '2024-03-10', line: 3, column: 12 });
  });
});
