/**
 * The catalogue of Sitrep's errors and warnings: errors are data (Astro's `errors-data.ts` habit).
 * Each entry has a permanent `name` (never rename: tests, docs and `--json` output key on it), a
 * `title`, and builders for the message (what happened) and the hint (what to do). Messages say
 * what was expected and what was found, plainly: no "Oops".
 */

/** Where a problem is: a file relative to the project root, and a 1-based line/column if known. */
export interface Location {
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  /** Field path inside the frontmatter, e.g. `strategicImpact[0].likelihood`. */
  field?: string | undefined;
}

/** One problem found in content or configuration, ready to print or to serialise. */
export interface Problem extends Location {
  name: string;
  severity: 'error' | 'warning';
  message: string;
  hint?: string | undefined;
}

/** Renders a problem as `file:line:col field: message\n  Hint: hint` (the `npm run check` format). */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.line !== undefined ? p.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  const head = [where, p.field].filter(Boolean).join(' ');
  const text = head ? `${head}: ${p.message}` : p.message;
  return p.hint ? `${text}\n  Hint: ${p.hint}` : text;
}

/** An Error carrying a Problem, so builds fail with the located message and no stack noise. */
export class SitrepError extends Error {
  readonly problem: Problem;
  constructor(problem: Omit<Problem, 'severity'>) {
    const full: Problem = { ...problem, severity: 'error' };
    super(formatProblem(full));
    this.name = problem.name;
    this.problem = full;
    // The message says everything; a stack trace would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Catalogue entries. Add new ones at the end; never rename or reuse a name. */
export const SitrepErrors = {
  UnknownCitation: {
    title: 'Unknown citation label',
    message: (label: string) =>
      `the citation [^${label}] is neither a source id of this briefing nor a footnote defined in the body`,
    hint: (label: string, ids: readonly string[]) =>
      (ids.length ? `use one of this briefing's source ids (${ids.join(', ')}), ` : '') +
      `add a source with id "${label}" to \`sources\`, or define the footnote [^${label}]: in the body.`,
  },
  UncitedSource: {
    title: 'Source never cited',
    message: (id: string) => `source "${id}" is listed in \`sources\` but nothing cites it`,
    hint: (id: string) =>
      `cite it in the body with [^${id}], or in a \`cites\` list of an intel finding, event or judgement; or remove it.`,
  },
  DuplicateSlug: {
    title: 'Two briefings share a slug',
    message: (slug: string, files: readonly string[]) =>
      `the slug "${slug}" is used by ${files.join(' and ')}`,
    hint: () => 'rename one of the files: the file name is the slug and the URL.',
  },
  InvalidSiteConfig: {
    title: 'Invalid site configuration',
    message: (detail: string) => detail,
    hint: () => 'fix the option passed to sitrep({ … }) in astro.config.mjs; the README lists every option.',
  },
} as const;
