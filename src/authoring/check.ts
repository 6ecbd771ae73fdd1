/**
 * Reads a content folder and validates everything in it without building: the engine of
 * `npm run check`, apart from the command line so tests can run it on fixture folders in-process.
 * Reading files is all it adds to the pure validators in src/authoring/validate.ts, and every
 * file is read through src/loaders/content-files.ts: plain files inside the content folder only,
 * each within its size limit.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { actorSchema } from '../schemas/actor.ts';
import { authorSchema } from '../schemas/author.ts';
import { pageSchema } from '../schemas/page.ts';
import { regionSchema } from '../schemas/region.ts';
import { toSlug } from '../schemas/common.ts';
import { SitrepError, explain, problem, type Problem } from '../errors.ts';
import { readContentFile } from '../loaders/content-files.ts';
import { ChartError, chartErrorWhere, parseDataset } from '../model/datasets.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { DATASET_EXTENSIONS, validateBriefing, validatePage, validateYamlEntry } from './validate.ts';
import type { KnownContent } from './body.ts';

/** The result of checking a content folder. */
export interface CheckReport {
  /** Every problem, sorted by file, line and column. */
  problems: Problem[];
  /** How many files were read. */
  files: number;
}

export interface CheckOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Folder that problem paths are relative to (the project root); defaults to the working directory. */
  cwd?: string;
  /** Run the tradecraft lint (warnings); the build's content gate skips it. Default true. */
  lint?: boolean;
  /** Where a briefing's problems are kept between runs (the build's gate); none by default. */
  cache?: ProblemCache | undefined;
}

/**
 * Problems kept between runs, by a key over everything that decides them. `key` hashes its parts
 * together with the rules' own source, so the cache holds only what a fresh check would report.
 */
export interface ProblemCache {
  key(parts: readonly string[]): string;
  get(key: string): Problem[] | undefined;
  set(key: string, problems: readonly Problem[]): void;
}

const COLLECTIONS = { authors: authorSchema, regions: regionSchema, actors: actorSchema } as const;
const YAML_EXTENSIONS = ['.yaml', '.yml'];
/** Pages the site's routes read from content/pages/ (src/routes/about.astro). */
const REQUIRED_PAGES = ['about'];

/** Validates every file of a content folder and returns all problems at once. */
export async function checkContent(options: CheckOptions): Promise<CheckReport> {
  const cwd = options.cwd ?? process.cwd();
  const dir = options.contentDir;
  const show = (file: string) => displayPath(file, cwd);
  if (!isDirectory(dir)) {
    return {
      files: 0,
      problems: [problem('ContentNotFound', { file: show(dir), ...explain('ContentNotFound', [show(dir)], []) })],
    };
  }
  const problems: Problem[] = [];
  let files = 0;
  /** A file's text, or undefined once the reason it cannot be read is among the problems. */
  const read = (file: string): string | undefined => {
    try {
      return readContentFile(file, dir, show(file));
    } catch (error) {
      if (!(error instanceof SitrepError)) throw error;
      problems.push(problem(error.problem.name as Parameters<typeof problem>[0], error.problem));
      return undefined;
    }
  };

  const datasetData = new Map<string, Dataset>();
  // What every briefing is checked against, besides its own text: for the cache key.
  const context: string[] = [];
  const known: KnownContent = { authors: new Set(), regions: new Set(), actors: new Set(), datasets: new Set(), datasetData };
  for (const [collection, schema] of Object.entries(COLLECTIONS) as [keyof typeof COLLECTIONS, (typeof COLLECTIONS)[keyof typeof COLLECTIONS]][]) {
    for (const file of listFiles(path.join(dir, collection), YAML_EXTENSIONS, false, dir)) {
      files++;
      (known[collection] as Set<string>).add(stripExtension(path.basename(file)));
      context.push(`${collection}/${path.basename(file)}`);
      const text = read(file);
      if (text !== undefined) problems.push(...validateYamlEntry(text, show(file), schema));
    }
  }

  for (const file of listFiles(path.join(dir, 'data'), DATASET_EXTENSIONS, false, dir)) {
    files++;
    const id = stripExtension(path.basename(file));
    if (known.datasets.has(id)) {
      problems.push(problem('DatasetUnreadable', { file: show(file), ...explain('DatasetUnreadable', [id], []) }));
      continue;
    }
    (known.datasets as Set<string>).add(id);
    const text = read(file);
    if (text === undefined) continue;
    try {
      context.push(`data/${path.basename(file)}`, text);
      datasetData.set(id, parseDataset(text, show(file)));
    } catch (error) {
      if (!(error instanceof ChartError)) throw error;
      const d = error.details;
      problems.push(problem(d.name, { file: d.file, line: d.line, field: chartErrorWhere({ ...d, file: undefined }) || undefined, message: d.message, hint: d.hint }));
    }
  }

  const slugs = new Map<string, string[]>();
  for (const file of listFiles(path.join(dir, 'briefings'), ['.mdx'], true, dir)) {
    files++;
    const shown = show(file);
    const name = stripExtension(path.basename(file));
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
      problems.push(problem('InvalidSlug', { file: shown, ...explain('InvalidSlug', [path.basename(file)], [`${toSlug(name) || 'briefing'}.mdx`]) }));
    } else {
      slugs.set(name, [...(slugs.get(name) ?? []), shown]);
    }
    const text = read(file);
    if (text !== undefined) problems.push(...(await briefingProblems(text, shown, known, options, context)));
  }
  for (const [slug, owners] of slugs) {
    if (owners.length < 2) continue;
    const sorted = [...owners].sort();
    for (const owner of sorted.slice(1)) {
      problems.push(problem('DuplicateSlug', { file: owner, ...explain('DuplicateSlug', [slug, [sorted[0]!, owner]], []) }));
    }
  }

  const pages = listFiles(path.join(dir, 'pages'), ['.mdx'], false, dir);
  for (const file of pages) {
    files++;
    const text = read(file);
    if (text !== undefined) problems.push(...(await validatePage(text, show(file), pageSchema, known)));
  }
  for (const id of REQUIRED_PAGES) {
    if (pages.some((file) => path.basename(file) === `${id}.mdx`)) continue;
    const file = show(path.join(dir, 'pages', `${id}.mdx`));
    problems.push(problem('MissingPage', { file, ...explain('MissingPage', [file], []) }));
  }
  return { problems: sortProblems(problems), files };
}

/** A briefing's problems, from the cache when nothing that decides them has changed. */
async function briefingProblems(text: string, file: string, known: KnownContent, options: CheckOptions, context: readonly string[]): Promise<Problem[]> {
  const cache = options.cache;
  const key = cache?.key([file, String(options.lint ?? true), text, ...context]);
  const kept = key ? cache!.get(key) : undefined;
  if (kept) return kept;
  const found = await validateBriefing(text, { file, known, lint: options.lint });
  if (key) cache!.set(key, found);
  return found;
}

/** Problems in a stable order: file, line, column, errors before warnings, then name and message. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const key = (p: Problem) => [p.file ?? '', p.line ?? 0, p.column ?? 0, p.severity === 'error' ? 0 : 1, p.name, p.field ?? '', p.message] as const;
  return [...problems].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      if (ka[i]! < kb[i]!) return -1;
      if (ka[i]! > kb[i]!) return 1;
    }
    return 0;
  });
}

/** A path relative to `cwd` with forward slashes, or absolute when it lies outside `cwd`. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  const shown = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  return shown.split(path.sep).join('/');
}

/**
 * Files with one of `extensions`, sorted; dot-files and dot-folders are skipped as the build's glob
 * does. A symbolic link is listed like the file it stands for, so that reading it reports where it
 * points; a link to a folder is listed (and refused when read) unless it stays inside `contentDir`,
 * where it is followed once, as the build's glob follows it.
 */
function listFiles(dir: string, extensions: readonly string[], recursive: boolean, contentDir: string, seen = new Set<string>()): string[] {
  if (!isDirectory(dir)) return [];
  const out: string[] = [];
  seen.add(realpathSync(dir));
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    const folder = entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(full));
    if (folder && entry.isSymbolicLink() && !insideFolder(full, contentDir)) {
      out.push(full);
    } else if (folder) {
      if (recursive && !seen.has(realpathSync(full))) out.push(...listFiles(full, extensions, true, contentDir, seen));
    } else if (extensions.some((ext) => entry.name.endsWith(ext))) {
      out.push(full);
    }
  }
  return out;
}

/** Whether `file`, links resolved, lies inside `dir`. */
function insideFolder(file: string, dir: string): boolean {
  const relative = path.relative(realpathSync(dir), realpathSync(file));
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function stripExtension(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}
