/**
 * Briefing slugs come from file names (`content/briefings/2024/trouble-in-the-sahel.mdx` →
 * `trouble-in-the-sahel`); sub-folders are for the author's filing only. So two files in
 * different folders can claim one slug, and the file name itself can be a bad URL.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SitrepError, SitrepErrors } from '../errors.ts';
import { toSlug } from '../schemas/common.ts';

/** The slug of a briefing file, or a located error if the file name is not a slug. */
export function slugFromFile(file: string): string {
  const name = path.basename(file).replace(/\.mdx?$/, '');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
    throw new SitrepError({
      name: 'InvalidSlug',
      file,
      message: `the file name "${path.basename(file)}" is not a valid slug (lowercase letters, digits and hyphens)`,
      hint: `rename it to ${toSlug(name) || 'briefing'}.mdx; the file name is the briefing's URL.`,
    });
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
      throw new SitrepError({
        name: 'DuplicateSlug',
        file: files[1],
        message: SitrepErrors.DuplicateSlug.message(slug, files),
        hint: SitrepErrors.DuplicateSlug.hint(),
      });
    }
    owners.set(slug, entry);
    return slug;
  };
}
