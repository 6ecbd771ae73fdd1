/**
 * `sitrep check` and the build agree: every broken fixture of the corpus (tests/fixtures/authoring/)
 * goes through both `node src/bin.mjs check --json --no-astro-check` and a real `astro build` of
 * the same content folder, and both must report the same errors: the same names, files and lines.
 * Fixtures are merged into a few content folders (batches) so that a handful of builds cover the
 * whole corpus: the build reports every failing file at once (src/loaders/content-gate.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, cleanEnv, root, scratch } from '../helpers/build.ts';

const corpus = path.join(root, 'tests/fixtures/authoring');

interface Expected {
  problems: { name: string; severity: string }[];
}

/** The fixtures with at least one error: the ones a build must fail on. */
const broken = readdirSync(corpus).filter((name) => {
  const file = path.join(corpus, name, 'expected.json');
  if (!existsSync(file)) return false;
  const expected: Expected = JSON.parse(readFileSync(file, 'utf8'));
  return expected.problems.some((p) => p.severity === 'error');
}).sort();

/** Fixtures whose point is a briefing's file name: their names are kept as written. */
const KEEP_NAMES = new Set(['duplicate-slug', 'invalid-slug']);

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    // Links too: a fixture can be a symbolic link (unsafe-content-file), copied as a link.
    .filter((d) => d.isFile() || d.isSymbolicLink())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)));
}

/** Where a fixture's file goes in a merged folder: briefings get a folder and a prefix of their own. */
function target(fixture: string, file: string): string {
  if (!file.startsWith(`briefings${path.sep}`)) return file;
  const rest = file.slice('briefings/'.length);
  const name = KEEP_NAMES.has(fixture) ? path.basename(rest) : `${fixture}-${path.basename(rest)}`;
  return path.join('briefings', fixture, path.dirname(rest), name);
}

/**
 * Groups fixtures so that the shared files of a batch (authors, regions, actors, data, pages) are
 * the same in every fixture of it; a fixture whose point is a missing shared file builds alone.
 */
function batches(): string[][] {
  const out: { fixtures: string[]; files: Map<string, string>; alone: boolean }[] = [];
  for (const fixture of broken) {
    const content = path.join(corpus, fixture, 'content');
    const shared = new Map(filesOf(content).filter((f) => !f.startsWith(`briefings${path.sep}`)).map((f) => [f, readFileSync(path.join(content, f), 'utf8')]));
    const alone = !shared.has(path.join('pages', 'about.mdx'));
    const batch = alone ? undefined : out.find((b) => !b.alone && [...shared].every(([f, text]) => !b.files.has(f) || b.files.get(f) === text));
    if (batch) {
      batch.fixtures.push(fixture);
      for (const [f, text] of shared) batch.files.set(f, text);
    } else {
      out.push({ fixtures: [fixture], files: shared, alone });
    }
  }
  return out.map((b) => b.fixtures);
}

/** Copies the fixtures of a batch into one content folder. */
function merge(fixtures: readonly string[]): string {
  const dir = path.join(scratch('agreement'), 'content');
  for (const fixture of fixtures) {
    const content = path.join(corpus, fixture, 'content');
    for (const file of filesOf(content)) {
      const to = path.join(dir, target(fixture, file));
      mkdirSync(path.dirname(to), { recursive: true });
      cpSync(path.join(content, file), to);
    }
  }
  return dir;
}

/** `name file:line` of every error `sitrep check --json` reports. */
function checked(content: string): string[] {
  const result = spawnSync(process.execPath, [path.join(root, 'src/bin.mjs'), 'check', '--json', '--no-astro-check'], {
    cwd: root, env: { ...cleanEnv(), SITREP_CONTENT: content }, encoding: 'utf8',
  });
  const problems: { name: string; severity: string; file: string | null; line: number | null }[] = JSON.parse(result.stdout);
  return problems.filter((p) => p.severity === 'error').map((p) => `${p.name} ${p.file}:${p.line ?? '-'}`).sort();
}

/** `name file:line` of every error the build prints: each problem's head line, then its "Error reference: name". */
function built(output: string): string[] {
  const lines = output.split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    const ref = /^ {2}Error reference: (\S+)$/.exec(line);
    if (!ref) return;
    let j = i - 1;
    while (j >= 0 && lines[j]!.startsWith('  ')) j--;
    const head = /^(.+?):(\d+)(?::\d+)?[ :]/.exec(lines[j]!) ?? /^(.+?)(): /.exec(lines[j]!);
    found.push(`${ref[1]} ${head?.[1]}:${head?.[2] || '-'}`);
  });
  return found.sort();
}

describe('sitrep check and the build agree on every broken fixture', () => {
  const groups = batches();

  it('covers every broken fixture in a few batches', () => {
    expect(groups.flat().sort()).toEqual(broken);
    expect(groups.length).toBeLessThan(broken.length / 2);
  });

  it.concurrent.each(groups.map((fixtures) => [fixtures.join(', '), fixtures] as const))('%s', async (_label, fixtures) => {
    const content = merge(fixtures);
    const fromCheck = checked(content);
    const build = await buildSite({ content });
    expect(build.code, build.output).not.toBe(0);
    const fromBuild = built(build.output);
    // Every broken fixture shows up in both, under its own folder or files.
    expect(fromCheck.length).toBeGreaterThanOrEqual(fixtures.length);
    expect(fromBuild, build.output).toEqual(fromCheck);
    // Once each, before any page renders, with no stack trace and no generic advice.
    expect(build.output).not.toMatch(/Caught error rendering|does not match collection schema|Stack trace:|Maximum call stack/);
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });
});

describe('a publication without content/data/', () => {
  it('builds without Astro warning that the datasets collection is missing', async () => {
    const content = path.join(scratch('no-data'), 'content');
    cpSync(path.join(corpus, 'valid/content'), content, { recursive: true });
    expect(existsSync(path.join(content, 'data'))).toBe(false);
    const build = await buildSite({ content });
    expect(build.code, build.output).toBe(0);
    expect(build.output).not.toContain('does not exist or is empty');
  });
});
