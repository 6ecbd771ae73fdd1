/**
 * The build's content check. Before any collection loads, the whole content folder is validated
 * by the code that runs `sitrep check` (src/authoring/check.ts, tradecraft lint included), so
 * the build and the checker find the same problems, with the same names, files and lines: bad
 * fields of briefings and YAML entries, impossible dates, cross-field rules, MDX syntax, unknown
 * components, chart props, datasets and columns, citations, slugs. Every failing file is reported
 * at once, before a page renders, instead of the first one Astro meets (or, for a chart, a page
 * that happens to render it first, such as a feed).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatForTerminal, formatProblem, type Problem } from '../errors.ts';
import { checkContent } from '../authoring/check.ts';
import { contentDir } from './content-dir.ts';
import { fileProblemCache } from '../authoring/check-cache.ts';

/** An error listing every located problem, file by file. */
export class ContentProblemsError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const files = new Set(problems.map((p) => p.file));
    const where = files.size === 1 ? `in ${problems[0]?.file}` : `in ${files.size} files`;
    // Each problem as `sitrep check` prints it, with its catalogue name: the README's error reference.
    const listed = problems.map((p) => `${formatProblem(p)}\n  Error reference: ${p.name}`);
    super(`${problems.length === 1 ? 'A problem' : `${problems.length} problems`} ${where}:\n${listed.join('\n')}`);
    this.name = 'InvalidContent';
    this.problems = problems;
    // The located messages say everything; without a stack Astro prints no empty "Stack trace:".
    this.stack = '';
  }
}

/**
 * One check per content sync, shared by every collection's loader (they load concurrently, from
 * one config object). Forgotten once settled, so a later sync (`astro dev` after a config change)
 * checks again.
 */
const gates = new WeakMap<object, Promise<Problem[]>>();

/** Resolves when the content has no errors; otherwise rejects, in every loader, with all of them. */
export async function passContentGate(context: Pick<LoaderContext, 'config' | 'logger'>): Promise<void> {
  const key = context.config as object;
  let gate = gates.get(key);
  if (!gate) {
    // The tradecraft lint too: the build warns about what `sitrep check` warns about, by the same names.
    gate = checkContent({ contentDir, cwd: process.cwd(), cache: fileProblemCache() }).then((report) => {
      for (const warning of report.problems.filter((p) => p.severity === 'warning')) context.logger.warn(formatForTerminal(warning));
      return report.problems.filter((p) => p.severity === 'error');
    });
    gates.set(key, gate);
    const forget = () => gates.delete(key);
    gate.then(forget, forget);
  }
  const problems = await gate;
  if (problems.length) throw new ContentProblemsError(problems);
}

/** A loader that first passes the content gate, then loads as `inner` does. */
export function gatedLoader(inner: Loader): Loader {
  return {
    ...inner,
    load: async (context: LoaderContext) => {
      await passContentGate(context);
      await inner.load(context);
    },
  };
}
