/**
 * Astro's glob loader for briefings, behind the content gate (./content-gate.ts: the whole content
 * folder checked as `sitrep check` does, before anything loads). When `astro dev` reloads a file
 * that fails its schema, the problems are located the same way: every problem of the file, each
 * with its line, column, field and hint, instead of Astro's generic "does not match collection
 * schema" at line 0 of the file.
 */
import path from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Problem } from '../errors.ts';
import { contentDir, listIds } from './content-dir.ts';
import { readContentFile } from './content-files.ts';
import { ContentProblemsError, gatedLoader } from './content-gate.ts';
import { validateBriefing } from '../authoring/validate.ts';

type GlobOptions = Parameters<typeof glob>[0];

/** The glob loader for briefings: same entries, located schema errors. */
export function briefingLoader(options: GlobOptions): Loader {
  const inner = gatedLoader(glob(options));
  return {
    name: 'sitrep-briefing-loader',
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          try {
            const data = await context.parseData(props);
            if (props.filePath) pending().delete(props.filePath);
            return data;
          } catch (error) {
            const located = props.filePath ? await locate(props.filePath) : [];
            const failure = located.length ? new ContentProblemsError(located) : error;
            if (props.filePath && failure instanceof ContentProblemsError) pending().set(props.filePath, failure);
            throw failure;
          }
        },
      }),
  };
}

/**
 * Files whose last reload failed, kept while `astro dev` runs. Astro keeps serving the last good
 * version of such a file and only logs the error, so pages throw it instead (see
 * `throwPendingContentProblems`) and the reader of the preview sees it in the error overlay.
 * The content layer and the page renderer share the process, hence a global registry.
 */
function pending(): Map<string, ContentProblemsError> {
  const key = Symbol.for('sitrep.pendingContentProblems');
  const store = globalThis as unknown as Record<symbol, Map<string, ContentProblemsError> | undefined>;
  return (store[key] ??= new Map());
}

/** In `astro dev`, throws the first content file that failed its last reload, if any. */
export function throwPendingContentProblems(): void {
  const [first] = pending().values();
  if (first) throw first;
}

/** Re-validates a failing file with the checker to find where each problem is. */
async function locate(filePath: string): Promise<Problem[]> {
  const file = path.relative(process.cwd(), path.resolve(filePath));
  try {
    const known = { authors: listIds('authors'), regions: listIds('regions'), actors: listIds('actors'), datasets: listIds('data', ['.csv', '.json']) };
    const problems = await validateBriefing(readContentFile(filePath, contentDir, file, 'mdx'), { file, known });
    return problems.filter((p) => p.severity === 'error');
  } catch {
    // Locating is a courtesy; when it fails, Astro's own message still names the file and field.
    return [];
  }
}
