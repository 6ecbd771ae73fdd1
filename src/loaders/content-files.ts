/**
 * The one way Sitrep reads a file of the content folder, for `sitrep check`, the build's content
 * gate and the loaders alike. Content may come from a pull request, and git stores symbolic
 * links, so a file is read only if it really is a plain file inside the content folder: a link
 * whose target lies outside it (`data/zero.csv -> /dev/zero`, a link to /etc/passwd or to
 * another file of the repository) is a located error, and so is a device, a pipe or a socket.
 * A link from one file of the content folder to another is allowed. Every file is also bounded
 * by a size limit per kind, decided with `stat` before a byte is read, so that a huge or endless
 * file never fills the memory of the build host.
 */
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { SitrepError, explain } from '../errors.ts';

const MB = 1024 * 1024;

/** The largest file of each kind that is read, in bytes (documented in the README's error reference: ContentTooLarge). */
export const CONTENT_SIZE_LIMITS = {
  /** `data/*.csv|json`: datasets for charts. */
  dataset: 20 * MB,
  /** `briefings/**\/*.mdx` and `pages/*.mdx`. */
  mdx: 2 * MB,
  /** `authors/`, `regions/`, `actors/` YAML entries. */
  yaml: 1 * MB,
} as const;

/** Which limit applies to a file. */
export type ContentKind = keyof typeof CONTENT_SIZE_LIMITS;

/** The kind of a content file, by its extension. */
export function contentKind(file: string): ContentKind {
  if (/\.(csv|json)$/i.test(file)) return 'dataset';
  if (/\.mdx?$/i.test(file)) return 'mdx';
  return 'yaml';
}

/** What a link points to, as its author wrote it, cut short for a message. */
function linkTarget(file: string): string {
  let target: string;
  try {
    target = readlinkSync(file);
  } catch {
    target = '(unreadable link)';
  }
  return target.length > 80 ? `${target.slice(0, 79)}…` : target;
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Throws the located error that keeps `file` from being read, if any: a link out of
 * `contentDir`, a dangling link, something other than a plain file, or a file over its limit.
 * `shown` is the file as messages name it.
 */
export function assertReadableContent(file: string, contentDir: string, shown: string, kind: ContentKind = contentKind(file)): void {
  const fail = (name: 'UnsafeContentFile' | 'ContentTooLarge', details: ReturnType<typeof explain>) => {
    throw new SitrepError({ file: shown, name, message: details.message, hint: details.hint });
  };
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return fail('UnsafeContentFile', explain('UnsafeContentFile', ['missing', linkTarget(file)], ['missing']));
  }
  let root: string;
  try {
    root = realpathSync(contentDir);
  } catch {
    root = path.resolve(contentDir);
  }
  if (!isInside(real, root)) {
    return fail('UnsafeContentFile', explain('UnsafeContentFile', ['outside', lstatSync(file).isSymbolicLink() ? linkTarget(file) : real], ['outside']));
  }
  const stats = statSync(real);
  if (!stats.isFile()) return fail('UnsafeContentFile', explain('UnsafeContentFile', ['special', ''], ['special']));
  const limit = CONTENT_SIZE_LIMITS[kind];
  if (stats.size > limit) return fail('ContentTooLarge', explain('ContentTooLarge', [stats.size, limit], [kind]));
}

/** The text of a content file, once `assertReadableContent` has let it through. */
export function readContentFile(file: string, contentDir: string, shown: string, kind: ContentKind = contentKind(file)): string {
  assertReadableContent(file, contentDir, shown, kind);
  return readFileSync(file, 'utf8');
}
