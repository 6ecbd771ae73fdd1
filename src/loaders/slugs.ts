/**
 * Briefing slugs come from file names (`content/briefings/2024/trouble-in-the-sahel.mdx` →
 * `trouble-in-the-sahel`); sub-folders are for the author's filing only. So two files in
 * different folders can claim one slug, and the file name itself can be a bad URL.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SitrepError, explain } from '../errors.ts';
import { toSlug } from '../schemas/common.ts';

/** The slug of a briefing file, or a located error if the file name is not a slug. */
export function slugFromFile(file: string): string {
  const name = path.basename(file).replace(/\.mdx?$/, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
    throw new SitrepError({ file, ...explain('InvalidSlug', [path.basename(file)], [`${toSlug(name) || 'briefing'}.mdx`]) });
  }
  return name;
}

/**
 * A `generateId` for Astro's glob loader that refuses a slug already claimed by another file
 * that still exists (a rename in `astro dev` frees the old name).
 */
export function createSlugRegistry(baseDir: string) {
  const owners = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const slug = slugFromFile(path.join(path.relative(process.cwd(), baseDir), entry));
    const owner = owners.get(slug);
    if (owner && owner !== entry && existsSync(path.join(baseDir, owner))) {
      const files = [owner, entry].map((file) => path.join(path.relative(process.cwd(), baseDir), file));
      throw new SitrepError({ file: files[1], ...explain('DuplicateSlug', [slug, files], []) });
    }
    owners.set(slug, entry);
    return slug;
  };
}
