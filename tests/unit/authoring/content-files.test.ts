/**
 * Content files stay inside the content folder, and reads are bounded (issue 14, probe 2): a
 * symbolic link out of the content folder (to /dev/zero, /etc/passwd, /proc/self/environ or a file
 * of the repository), a dangling link and a pipe are each a located UnsafeContentFile error of
 * `sitrep check`, reported without reading them; a file over its size limit is ContentTooLarge,
 * decided before it is read. A link inside the content folder is fine. And an UnknownColumn
 * message quotes only a little of the header row.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/authoring/check.ts';
import { CONTENT_SIZE_LIMITS } from '../../../src/loaders/content-files.ts';
import { ChartError, parseDataset } from '../../../src/model/datasets.ts';
import { getColumn } from '../../../src/model/dataset-columns.ts';
import { copyContent, root } from '../../helpers/build.ts';

/** A scratch copy of the valid fixture, changed by `edit`, checked as `sitrep check` does. */
async function check(edit: (content: string) => void) {
  const content = copyContent('tests/fixtures/authoring/valid/content');
  mkdirSync(path.join(content, 'data'), { recursive: true });
  edit(content);
  const cwd = path.dirname(content);
  const { problems } = await checkContent({ contentDir: content, cwd });
  return problems.filter((p) => p.severity === 'error');
}

describe('symbolic links and special files under content/', () => {
  it('a dataset linked to /dev/zero is refused at once, not read', async () => {
    const started = Date.now();
    const problems = await check((content) => symlinkSync('/dev/zero', path.join(content, 'data/zero.csv')));
    expect(problems.map((p) => [p.name, p.file])).toEqual([['UnsafeContentFile', 'content/data/zero.csv']]);
    expect(problems[0]!.message).toContain('/dev/zero');
    expect(problems[0]!.hint).toMatch(/copy the file into the content folder/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a YAML entry linked to /etc/passwd is refused, and nothing of the file is quoted', async () => {
    const passwd = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
    const problems = await check((content) => symlinkSync('/etc/passwd', path.join(content, 'authors/root.yaml')));
    expect(problems.map((p) => [p.name, p.file])).toEqual([['UnsafeContentFile', 'content/authors/root.yaml']]);
    expect(JSON.stringify(problems)).not.toContain(passwd);
  });

  it('a dataset linked to /proc/self/environ puts no environment variable in a message', async () => {
    process.env.SITREP_PROBE_SECRET = 'not-for-the-build-log';
    const problems = await check((content) => symlinkSync('/proc/self/environ', path.join(content, 'data/env.csv')));
    delete process.env.SITREP_PROBE_SECRET;
    expect(problems.map((p) => p.name)).toEqual(['UnsafeContentFile']);
    expect(JSON.stringify(problems)).not.toContain('not-for-the-build-log');
  });

  it('a briefing linked to a file of the repository outside the content folder is refused', async () => {
    const problems = await check((content) => symlinkSync(path.join(root, 'content/briefings/trouble-in-the-sahel.mdx'), path.join(content, 'briefings/copied.mdx')));
    expect(problems.map((p) => [p.name, p.file])).toEqual([['UnsafeContentFile', 'content/briefings/copied.mdx']]);
  });

  it('a folder of briefings linked from outside is refused', async () => {
    const problems = await check((content) => symlinkSync(path.join(root, 'content/briefings'), path.join(content, 'briefings/more')));
    expect(problems.map((p) => [p.name, p.file])).toEqual([['UnsafeContentFile', 'content/briefings/more']]);
  });

  it('a dangling link and a named pipe are refused (a pipe would block the read for ever)', async () => {
    const problems = await check((content) => {
      symlinkSync('nowhere.csv', path.join(content, 'data/dangling.csv'));
      execFileSync('mkfifo', [path.join(content, 'data/pipe.csv')]);
    });
    expect(problems.map((p) => [p.name, p.file, p.message.includes('does not exist') || p.message.includes('not a plain file')]))
      .toEqual([['UnsafeContentFile', 'content/data/dangling.csv', true], ['UnsafeContentFile', 'content/data/pipe.csv', true]]);
  });

  it('a link from one file of the content folder to another is allowed', async () => {
    const problems = await check((content) => {
      writeFileSync(path.join(content, 'data/attacks.csv'), 'town,dead\nGao,3\n');
      symlinkSync('attacks.csv', path.join(content, 'data/attacks-again.csv'));
    });
    expect(problems).toEqual([]);
  });
});

describe('size limits, decided before reading', () => {
  it('a dataset over 20 MB is ContentTooLarge, with the limit in the message', async () => {
    expect(CONTENT_SIZE_LIMITS.dataset).toBe(20 * 1024 * 1024);
    const problems = await check((content) => {
      const file = path.join(content, 'data/huge.csv');
      writeFileSync(file, 'a,b\n');
      // Sparse: the size is what `stat` reports, without writing 21 MB.
      truncateSync(file, 21 * 1024 * 1024);
    });
    expect(problems.map((p) => [p.name, p.file])).toEqual([['ContentTooLarge', 'content/data/huge.csv']]);
    expect(problems[0]!.message).toBe('the file is 21.0 MB; files of this kind are read up to 20 MB');
  });

  it('a YAML entry over 1 MB and a briefing over 2 MB are too large too; a dataset at the limit is read', async () => {
    const problems = await check((content) => {
      truncateSync(path.join(content, 'actors/red-group.yaml'), CONTENT_SIZE_LIMITS.yaml + 1);
      const briefing = path.join(content, 'briefings/alpha.mdx');
      writeFileSync(briefing, `${readFileSync(briefing, 'utf8')}\n${'Filler text. '.repeat(CONTENT_SIZE_LIMITS.mdx / 13 + 1)}\n`);
      writeFileSync(path.join(content, 'data/big.csv'), `n\n${'1'.repeat(CONTENT_SIZE_LIMITS.dataset - 3)}\n`);
    });
    expect(problems.map((p) => [p.name, p.file])).toEqual([
      ['ContentTooLarge', 'content/actors/red-group.yaml'],
      ['ContentTooLarge', 'content/briefings/alpha.mdx'],
    ]);
  });
});

describe('messages quote a short excerpt of a file', () => {
  it('UnknownColumn lists a few column names, each cut short, never the whole header row', () => {
    const names = Array.from({ length: 30 }, (_, i) => `column_${i}_${'x'.repeat(200)}`);
    const dataset = parseDataset(`${names.join(',')}\n${names.map(() => '1').join(',')}\n`, 'content/data/wide.csv');
    let error: unknown;
    try {
      getColumn(dataset, 'missing');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChartError);
    const { message } = (error as ChartError).details;
    expect(message.length).toBeLessThan(500);
    expect(message).toContain('"column_0_xxx');
    expect(message).not.toContain('column_8_');
    expect(message).toMatch(/, and 22 more$/);
  });
});
