/**
 * Where the publication's content lives. `content/` at the project root, unless SITREP_CONTENT
 * names another folder: the test suite and the benchmark build fixture sites with the same code.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Absolute path of the content folder. */
export const contentDir = path.resolve(process.env.SITREP_CONTENT ?? 'content');

/** Ids (file names without extension) in a content sub-folder, e.g. `authors` → {editorial-desk}. */
export function listIds(collection: string, extensions: readonly string[] = ['.yaml', '.yml']): Set<string> {
  let names: string[] = [];
  try {
    names = readdirSync(path.join(contentDir, collection));
  } catch {
    names = [];
  }
  return new Set(
    names
      .filter((name) => extensions.some((ext) => name.endsWith(ext)))
      .map((name) => name.replace(/\.[^.]+$/, '')),
  );
}
