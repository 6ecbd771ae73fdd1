/**
 * The authoring commands as authors run them: `npm run check` (exit codes, `--json` output) and
 * `npm run new` (a skeleton that passes check, never an overwrite). Each runs as a child process
 * on this Node, with SITREP_CONTENT pointing at a fixture or scratch content folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, scratch } from '../../helpers/build.ts';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(script: 'check' | 'new', args: string[], content: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [path.join(root, 'src/bin.mjs'), script, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SITREP_CONTENT: content, NO_COLOR: '1', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = (name: string) => path.join(root, 'tests/fixtures/authoring', name, 'content');

/** A content folder with what `npm run new` needs: the default author, a region and the about page. */
function freshContent(): string {
  const dir = path.join(scratch('authoring'), 'content');
  mkdirSync(path.join(dir, 'authors'), { recursive: true });
  mkdirSync(path.join(dir, 'regions'), { recursive: true });
  writeFileSync(path.join(dir, 'authors/editorial-desk.yaml'), 'name: Editorial Desk\n');
  writeFileSync(path.join(dir, 'regions/sahel.yaml'), 'name: Sahel\n');
  writeFileSync(path.join(dir, 'regions/maghreb.yaml'), 'name: Maghreb\n');
  cpSync(path.join(fixture('valid'), 'pages'), path.join(dir, 'pages'), { recursive: true });
  return dir;
}

describe('npm run check', () => {
  it('exits 0 and says so when there are no problems', () => {
    const result = run('check', ['--no-astro-check'], fixture('valid'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/No problems/);
  });

  it('exits 0 with warnings only, and prints them with their rule name', () => {
    const result = run('check', ['--no-astro-check'], fixture('uncited-claim'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('tests/fixtures/authoring/uncited-claim/content/briefings/alpha.mdx:13:5 strategicImpact[0]: warning: key judgement 1 cites no source (uncited-claim)');
    expect(result.stdout).toMatch(/0 errors and 1 warning/);
  });

  it('exits 1 on any error, printing file:line:col field: message and the hint', () => {
    const result = run('check', ['--no-astro-check'], fixture('invalid-field'));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'tests/fixtures/authoring/invalid-field/content/briefings/alpha.mdx:14:17 strategicImpact[0].likelihood: expected one of almost-no-chance, very-unlikely, unlikely, roughly-even-chance, likely, very-likely, almost-certain; got "probable"\n  Hint: use "likely" (55–80 %).',
    );
  });

  it('skips astro check while the content has errors, and says why', () => {
    const result = run('check', [], fixture('invalid-field'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/Skipped `astro check`/);
  });

  it('--json prints only a JSON array of problems on stdout, identical from run to run', () => {
    const first = run('check', ['--json', '--no-astro-check'], fixture('several-problems'));
    const second = run('check', ['--json', '--no-astro-check'], fixture('several-problems'));
    expect(first.status).toBe(1);
    expect(first.stdout).toBe(second.stdout);
    const problems = JSON.parse(first.stdout);
    for (const p of problems) {
      expect(Object.keys(p)).toEqual(['name', 'severity', 'file', 'line', 'column', 'field', 'message', 'hint']);
    }
    expect(first.stdout).toMatchSnapshot();
  });

  it('--json with no problems prints an empty array', () => {
    const result = run('check', ['--json', '--no-astro-check'], fixture('valid'));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it('reports a missing content folder as a problem, not a stack trace', () => {
    const result = run('check', ['--no-astro-check'], path.join(root, 'tests/fixtures/authoring/does-not-exist'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/the content folder .*does-not-exist does not exist/);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses unknown options with exit status 2', () => {
    const result = run('check', ['--jsn'], fixture('valid'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--jsn'/);
  });

  it('lists content that runs code apart for a reviewer, and exits 0 without --strict', () => {
    const result = run('check', ['--no-astro-check'], fixture('runs-code'));
    expect(result.status).toBe(0);
    const file = 'tests/fixtures/authoring/runs-code/content/briefings/alpha.mdx';
    const listing = result.stdout.slice(result.stdout.indexOf("Code in a body: runs at build or in readers' browsers (5), for a reviewer to read:"));
    expect(listing.split('\n').slice(1, 6)).toEqual([
      `  ${file}:24:1 the import of "node:child_process" runs code at build, with the access of whoever builds the site`,
      `  ${file}:28:42 the expression {…} runs code at build, with the access of whoever builds the site`,
      `  ${file}:30:1 <script> runs code in readers' browsers`,
      `  ${file}:32:1 <iframe> runs code in readers' browsers`,
      `  ${file}:34:9 the onclick handler on <button> runs code in readers' browsers`,
    ]);
    expect(result.stdout).toMatch(/0 errors and 5 warnings/);
  });

  it('--strict exits 1 on content that runs code, and 0 on content that does not', () => {
    const strict = run('check', ['--no-astro-check', '--strict'], fixture('runs-code'));
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/--strict fails on the 5 that run code\.$/m);
    const json = run('check', ['--no-astro-check', '--strict', '--json'], fixture('runs-code'));
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).map((p: { name: string }) => p.name)).toEqual(Array(5).fill('RunsCode'));
    // Other warnings do not fail --strict.
    expect(run('check', ['--no-astro-check', '--strict'], fixture('uncited-claim')).status).toBe(0);
    expect(run('check', ['--no-astro-check', '--strict'], fixture('valid')).status).toBe(0);
  });

  it('--help lists the options and the lint rules', () => {
    const result = run('check', ['--help'], fixture('valid'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/--no-astro-check/);
    expect(result.stdout).toMatch(/--strict +also fail on content that runs code/);
    expect(result.stdout).toMatch(/estimative-mismatch/);
  });
});

describe('npm run new', () => {
  const env = { SITREP_NOW: '2025-03-04T10:00:00Z' };

  it('writes a skeleton that passes check, with only placeholder warnings', () => {
    const content = freshContent();
    const created = run('new', ['Trouble in the Sahel: Ségou’s Łódź moment!'], content, env);
    expect(created.status).toBe(0);
    const file = path.join(content, 'briefings/trouble-in-the-sahel-segous-lodz-moment.mdx');
    expect(created.stdout).toContain(`Created ${path.relative(root, file)}`);
    expect(created.stdout).toMatch(/npm run dev/);
    expect(created.stdout).toMatch(/npm run check/);

    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "Trouble in the Sahel: Ségou’s Łódź moment!"');
    expect(text).toContain('published: 2025-03-04');
    expect(text).toContain('authors: [editorial-desk]');
    expect(text).toMatch(/^regions: \[maghreb\]\s+# the first region/m);
    expect(text).toMatch(/^# draft: true/m);
    for (const heading of ['## Overview', '## Intel', '### ', '## Historical Context', '## Strategic Impact', '## Final Thoughts']) {
      expect(text).toContain(`\n${heading}`);
    }
    for (const field of ['dek', 'updated', 'dataCutoff', 'countries', 'actors', 'tags', 'historicalContext', 'corrections', 'card', 'lint']) {
      expect(text, field).toMatch(new RegExp(`^# ${field}:.*`, 'm'));
    }

    const checked = run('check', ['--json', '--no-astro-check'], content);
    expect(checked.status).toBe(0);
    const problems = JSON.parse(checked.stdout) as { name: string; severity: string; field: string | null }[];
    expect(problems.map((p) => [p.name, p.severity, p.field])).toEqual([
      ['placeholder', 'warning', 'overview'],
      ['placeholder', 'warning', 'intel[0]'],
      ['placeholder', 'warning', 'strategicImpact[0]'],
      ['placeholder', 'warning', 'sources[0]'],
      ['placeholder', 'warning', null],
    ]);
  });

  it('refuses to overwrite a briefing with the same slug, even in a sub-folder', () => {
    const content = freshContent();
    mkdirSync(path.join(content, 'briefings/2024'), { recursive: true });
    writeFileSync(path.join(content, 'briefings/2024/sahel-update.mdx'), 'keep me');
    const result = run('new', ['Sahel update'], content, env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Refusing to overwrite: a briefing with the slug "sahel-update" already exists at .*briefings\/2024\/sahel-update\.mdx/);
    expect(readFileSync(path.join(content, 'briefings/2024/sahel-update.mdx'), 'utf8')).toBe('keep me');
  });

  it('takes --author and --region (repeatable) and --draft', () => {
    const content = freshContent();
    writeFileSync(path.join(content, 'authors/jane-doe.yaml'), 'name: Jane Doe\n');
    const result = run('new', ['Draft note', '--author', 'jane-doe', '--author', 'editorial-desk', '--region', 'sahel', '--draft'], content, env);
    expect(result.status).toBe(0);
    const text = readFileSync(path.join(content, 'briefings/draft-note.mdx'), 'utf8');
    expect(text).toContain('authors: [jane-doe, editorial-desk]');
    expect(text).toMatch(/^regions: \[sahel\]$/m);
    expect(text).toMatch(/^draft: true/m);
    expect(run('check', ['--no-astro-check'], content).status).toBe(0);
  });

  it('refuses an author id with no file, naming the ones there are', () => {
    const result = run('new', ['Anything', '--author', 'nobody'], freshContent(), env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no author "nobody".*use one of editorial-desk/);
  });

  it('refuses a missing title and prints help on --help', () => {
    const content = freshContent();
    expect(run('new', [], content).status).toBe(1);
    const help = run('new', ['--help'], content);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/--author <id>/);
  });
});
