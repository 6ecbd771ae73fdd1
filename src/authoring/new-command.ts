/**
 * `sitrep new "Title"`: writes content/briefings/<slug>.mdx, a complete skeleton that passes
 * `npm run check` and builds, with every field present and the house sections. Never overwrites.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, listIds } from '../loaders/content-dir.ts';
import { toSlug } from '../schemas/common.ts';
import { loadProjectOptions } from './project.ts';
import { displayPath } from './check.ts';
import { renderBriefing } from './scaffold.ts';

const usage = (defaultAuthor: string) => `Usage: sitrep new "Title of the briefing" [options]

Writes content/briefings/<slug>.mdx: the slug comes from the title, the date is today (UTC),
every frontmatter field is there (optional ones commented out) and the house sections are
ready to fill in. An existing file is never overwritten.

Options:
  --author <id>   author id, a file in content/authors/ (repeatable; default: ${defaultAuthor})
  --region <id>   region id, a file in content/regions/ (repeatable; default: the first one found)
  --draft         mark the briefing as a draft (shown by \`npm run dev\` only)
  -h, --help      show this help
`;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

class UsageError extends Error {}

function create(argv: readonly string[], defaultAuthor: string): number {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      author: { type: 'string', multiple: true },
      region: { type: 'string', multiple: true },
      draft: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(usage(defaultAuthor));
    return 0;
  }
  const title = positionals.join(' ').replace(/\s+/g, ' ').trim();
  if (!title) throw new UsageError('expected a title; got nothing. Hint: sitrep new "Trouble in the Sahel" (see --help).');
  if (title.length > 120) throw new UsageError(`expected a title of at most 120 characters; got ${title.length}. Hint: move detail into the \`dek\`.`);
  const slug = toSlug(title);
  if (!slug) throw new UsageError(`expected a title with letters or digits; got ${JSON.stringify(title)}.`);

  const warnings: string[] = [];
  const authors = values.author?.length ? checkIds('authors', 'author', values.author) : [defaultAuthor];
  if (!values.author?.length && !listIds('authors').has(defaultAuthor)) {
    warnings.push(`the default author "${defaultAuthor}" (the defaultAuthor option of sitrep()) has no file ${shown(path.join(contentDir, 'authors', `${defaultAuthor}.yaml`))}: create it, or pass --author <id>.`);
  }
  const firstRegion = [...listIds('regions')].sort()[0];
  const regions = values.region?.length ? checkIds('regions', 'region', values.region) : [firstRegion ?? 'region-id'];
  let regionsNote: string | undefined;
  if (!values.region?.length) {
    regionsNote = firstRegion
      ? 'the first region in content/regions/: list the ones this briefing covers'
      : 'no region files yet: create content/regions/<id>.yaml (name: …) and put its id here';
    if (!firstRegion) warnings.push(`there are no regions yet: create ${shown(path.join(contentDir, 'regions'))}/<id>.yaml and list its id under \`regions\`.`);
  }

  const dir = path.join(contentDir, 'briefings');
  const existing = findBriefing(dir, slug);
  if (existing) {
    process.stderr.write(`Refusing to overwrite: a briefing with the slug "${slug}" already exists at ${shown(existing)}.\n  Hint: choose another title, or edit that file.\n`);
    return 1;
  }
  const file = path.join(dir, `${slug}.mdx`);
  const date = today();
  mkdirSync(dir, { recursive: true });
  // `wx`: fail rather than overwrite, even if the file appeared since the check above.
  writeFileSync(file, renderBriefing({ title, date, authors, regions, regionsNote, draft: values.draft }), { flag: 'wx' });

  for (const warning of warnings) process.stderr.write(`Warning: ${warning}\n`);
  process.stdout.write(`Created ${shown(file)}${values.draft ? ' (draft)' : ''}

Next:
  1. replace every REPLACE… text and the example source "replace-me" in it;
  2. npm run dev      preview it at /briefings/${slug}/
  3. npm run check    validate it (the examples you have not replaced show up as warnings)
`);
  return 0;
}

/** Ids given on the command line, each checked against the files in content/<collection>/. */
function checkIds(collection: string, what: string, given: readonly string[]): string[] {
  const known = listIds(collection);
  const ids = [...new Set(given)];
  for (const id of ids) {
    if (!SLUG.test(id)) throw new UsageError(`expected a ${what} id such as "editorial-desk"; got ${JSON.stringify(id)}. Hint: try "${toSlug(id)}".`);
    if (!known.has(id)) {
      const options = [...known].sort();
      throw new UsageError(`no ${what} "${id}": there is no ${shown(path.join(contentDir, collection, `${id}.yaml`))}. Hint: ${options.length ? `use one of ${options.join(', ')}, or ` : ''}create that file first.`);
    }
  }
  return ids;
}

/** An existing briefing with this slug anywhere under briefings/ (sub-folders are for filing only). */
function findBriefing(dir: string, slug: string): string | undefined {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) {
      const found = findBriefing(full, slug);
      if (found) return found;
    } else if (entry.name === `${slug}.mdx`) {
      return full;
    }
  }
  return undefined;
}

/** Today in UTC; SITREP_NOW fixes the clock as it does for builds. */
function today(): string {
  const now = process.env.SITREP_NOW ? new Date(process.env.SITREP_NOW) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`SITREP_NOW must be an ISO date; got "${process.env.SITREP_NOW}"`);
  return now.toISOString().slice(0, 10);
}

function shown(file: string): string {
  return displayPath(file, process.cwd());
}

/** Runs `sitrep new` with the command line's arguments; resolves with the exit status. */
export async function run(argv: readonly string[]): Promise<number> {
  let defaultAuthor = 'editorial-desk';
  try {
    defaultAuthor = (await loadProjectOptions(process.cwd()))?.defaultAuthor ?? defaultAuthor;
    return create(argv, defaultAuthor);
  } catch (error) {
    const parseError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`sitrep new: ${(error as Error).message}\n`);
    if (parseError) process.stderr.write(`\n${usage(defaultAuthor)}`);
    else if (!(error instanceof UsageError) && process.env.SITREP_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    return 1;
  }
}
