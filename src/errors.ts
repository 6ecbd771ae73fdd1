/**
 * The one catalogue of Sitrep's errors and warnings: errors are data (Astro's `errors-data.ts`
 * habit). Longer than our 300-line guide on purpose: it is one table, and two files would be two
 * catalogues. Each entry has a permanent `name` (its key: never rename one, tests, docs and `--json`
 * output key on it), a `title`, a `severity`, a builder for the message (what happened), a builder
 * for the hint (what to do) and `fix`, the general advice printed in the README's error reference
 * (`sitrep docs`). Schemas, loaders, chart components and the checker raise these by name; a hint
 * always travels as its own field, never inside the message. Messages say what was expected and
 * what was found, plainly: no "Oops". Pure: imports nothing but types.
 *
 * Longer than 300 lines because it is a table: one entry per error, and splitting it by topic would
 * bring back the four catalogues it replaces.
 */

/** Where a problem is: a file relative to the project root, and a 1-based line/column if known. */
export interface Location {
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  /** Field path inside the frontmatter, e.g. `strategicImpact[0].likelihood`, or a component. */
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

/** A problem as `sitrep check` and the build print it: warnings say so and name their rule. */
export function formatForTerminal(p: Problem): string {
  return formatProblem(p.severity === 'warning' ? { ...p, message: `warning: ${p.message} (${p.name})` } : p);
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

/** Every tradecraft lint rule, by permanent kebab-case name (briefings disable them by name). */
export const LINT_RULES = [
  'estimative-mismatch',
  'likelihood-with-confidence',
  'uncited-claim',
  'uncited-source',
  'uncited-casualties',
  'cutoff-after-published',
  'placeholder',
] as const;
export type LintRule = (typeof LINT_RULES)[number];

/** What a catalogue entry holds. */
export interface CatalogueEntry {
  /** A few words for headings and the reference. */
  title: string;
  severity: 'error' | 'warning';
  /** What happened, from the details of one occurrence. */
  message: (...args: never[]) => string;
  /** What to do about this occurrence. */
  hint: (...args: never[]) => string;
  /** What to do in general: the reference's "what to do" column. */
  fix: string;
}

/** "expected x; got y" quoting for a list of allowed ids. */
const oneOf = (known: readonly string[], tail: string) => `${known.length ? `use one of ${known.join(', ')}, or ` : ''}${tail}`;

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'each field may appear once: remove or merge the repeat.',
  TAB_AS_INDENT: 'indent with spaces; YAML does not allow tabs.',
  MISSING_CHAR: 'close the quote or bracket that was opened, or indent list items under their field.',
  BAD_INDENT: 'line the field up with its siblings (same number of spaces) and close any [ or { that was opened.',
  MULTILINE_IMPLICIT_KEY: 'a field name must be on one line; check for a missing `:` or a missing indentation on the previous line.',
  BLOCK_AS_IMPLICIT_KEY: 'check for a missing `-` or `:` on the line before, or quote the text.',
  UNEXPECTED_TOKEN: 'quote text that starts with a special character (@ ` | > * & ! % #) or contains ": ".',
};

/** The catalogue. Add new entries at the end of their group; never rename or reuse a name. */
export const SitrepErrors = {
  // Content files and YAML.
  ContentNotFound: {
    title: 'No content folder', severity: 'error',
    message: (dir: string) => `the content folder ${dir} does not exist`,
    hint: () => 'run the command from the project root, or point SITREP_CONTENT at a folder with briefings/, authors/ and regions/.',
    fix: 'Run the command from the project root, or set SITREP_CONTENT.',
  },
  MissingFrontmatter: {
    title: 'No frontmatter', severity: 'error',
    message: () => 'the file has no frontmatter: it must start with fields between two `---` lines',
    hint: (page = false) => (page
      ? 'start the page with `title:` and `description:` between two --- lines.'
      : 'start the file with its frontmatter; `npm run new -- "Title"` writes a complete skeleton.'),
    fix: 'Start the file with its fields between two `---` lines.',
  },
  YamlSyntax: {
    title: 'YAML syntax error', severity: 'error',
    message: (detail: string) => `YAML syntax error: ${detail}`,
    hint: (code: string) => YAML_HINTS[code] ?? 'check the indentation (spaces, never tabs) and that every quote and bracket is closed; put text containing ": " or " #" in quotes.',
    fix: 'Fix the indentation, quotes or brackets at the line shown.',
  },
  YamlTooDeep: {
    title: 'YAML nested too deeply', severity: 'error',
    message: (limit: number) => `expected at most ${limit} levels of nesting; the YAML nests deeper from here on`,
    hint: () => 'no field of the content model nests more than a few levels: close the brackets that were opened, or un-indent the lines below this one.',
    fix: 'Close the brackets or un-indent: no field nests more than a few levels.',
  },
  InvalidField: {
    title: 'Invalid field', severity: 'error',
    message: (detail: string) => detail,
    hint: (field?: string) => `the frontmatter reference in README.md says what ${field ? `\`${field.replace(/\[\d+\]/g, '[]')}\`` : 'each field'} takes.`,
    fix: 'Give the field a value of the type the frontmatter reference lists.',
  },
  UnknownField: {
    title: 'Unknown field', severity: 'error',
    message: (detail: string) => detail,
    hint: (fields: readonly string[]) => `the fields here are ${fields.join(', ')}.`,
    fix: 'Correct the spelling or remove the field; the frontmatter reference lists every field.',
  },
  InvalidDate: {
    title: 'Impossible date', severity: 'error',
    message: (written: string, rolled: string) => `expected a real calendar date; got ${written}, which YAML would silently turn into ${rolled}`,
    hint: () => 'check the day and the month (YYYY-MM-DD).',
    fix: 'Write a date that exists, as YYYY-MM-DD.',
  },
  UnsafeContentFile: {
    title: 'Not a plain file of the content folder', severity: 'error',
    message: (reason: 'outside' | 'missing' | 'special', target: string) => (reason === 'outside'
      ? `the file is a symbolic link to ${target}, outside the content folder, and is not read`
      : reason === 'missing'
        ? `the file is a symbolic link to ${target}, which does not exist`
        : 'the file is not a plain file (a device, a pipe or a socket) and is not read'),
    hint: (reason: 'outside' | 'missing' | 'special') => (reason === 'outside'
      ? 'copy the file into the content folder instead of linking to it: a link may only point to another file inside the content folder.'
      : reason === 'missing'
        ? 'remove the link, or point it at a file inside the content folder.'
        : 'replace it with a plain file, or remove it.'),
    fix: 'Replace the link with a copy of the file: content is read only from plain files inside the content folder.',
  },
  ContentTooLarge: {
    title: 'Content file too large', severity: 'error',
    message: (size: number, limit: number) => `the file is ${(size / 1048576).toFixed(1)} MB; files of this kind are read up to ${limit / 1048576} MB`,
    hint: (kind: 'dataset' | 'mdx' | 'yaml') => (kind === 'dataset'
      ? 'a chart needs far fewer rows: aggregate the data or keep only the columns the charts read, and split it into several datasets if you need them all.'
      : 'split the text into several files; no briefing, page or entry needs this much.'),
    fix: 'Datasets are read up to 20 MB, briefings and pages up to 2 MB, YAML entries up to 1 MB: aggregate or split the file.',
  },
  // Cross-field rules and references.
  MissingReference: {
    title: 'Reference to a missing file', severity: 'error',
    message: (collection: string, id: string) =>
      `expected the id of a file in content/${collection}/; got "${id}", which has no content/${collection}/${id}.yaml`,
    hint: (collection: string, id: string, known: readonly string[]) => oneOf(known, `create content/${collection}/${id}.yaml.`),
    fix: 'Use the id of an existing author, region or actor file, or create the file.',
  },
  DuplicateSourceId: {
    title: 'Two sources share an id', severity: 'error',
    message: (id: string) => `expected unique source ids; "${id}" is used twice`,
    hint: () => 'give the second source its own id.',
    fix: 'Give every source of a briefing its own id.',
  },
  DateOrder: {
    title: 'Dates out of order', severity: 'error',
    message: (published: string, updated: string) => `expected a date on or after published (${published}); got ${updated}`,
    hint: () => '`updated` is the date of the last revision; `published` never changes.',
    fix: 'Set `updated` on or after `published`.',
  },
  UnknownCitation: {
    title: 'Unknown citation label', severity: 'error',
    message: (label: string, inBody = true) => (inBody
      ? `the citation [^${label}] is neither a source id of this briefing nor a footnote defined in the body`
      : `expected a source id of this briefing; got "${label}"`),
    hint: (label: string, ids: readonly string[], inBody = true) => (inBody
      ? (ids.length ? `use one of this briefing's source ids (${ids.join(', ')}), ` : '') +
        `add a source with id "${label}" to \`sources\`, or define the footnote [^${label}]: in the body.`
      : oneOf(ids, `add a source with id "${label}" to \`sources\`.`)),
    fix: 'Cite a source id of the same briefing, or add the source to `sources`.',
  },
  // Slugs and pages.
  InvalidSlug: {
    title: 'File name is not a slug', severity: 'error',
    message: (name: string) => `the file name "${name}" is not a valid slug (lowercase letters, digits and hyphens)`,
    hint: (suggestion: string) => `rename it to ${suggestion}; the file name is the briefing's URL.`,
    fix: 'Rename the file with lowercase letters, digits and hyphens.',
  },
  DuplicateSlug: {
    title: 'Two briefings share a slug', severity: 'error',
    message: (slug: string, files: readonly string[]) => `the slug "${slug}" is used by ${files.join(' and ')}`,
    hint: () => 'rename one of the files: the file name is the slug and the URL.',
    fix: 'Rename one of the files: sub-folders do not make slugs unique.',
  },
  MissingPage: {
    title: 'Missing page', severity: 'error',
    message: (file: string) => `the site needs ${file}, which does not exist`,
    hint: () => 'create it with a `title` and a `description` in its frontmatter, and the text of the page below.',
    fix: 'Create the page with `title` and `description`.',
  },
  // MDX bodies.
  MdxSyntax: {
    title: 'MDX syntax error', severity: 'error',
    message: (detail: string) => `MDX syntax error: ${detail}`,
    hint: (source: string | undefined, reason = '') =>
      reason.includes('comment')
        ? 'MDX has no HTML comments: write {/* … */} instead of <!-- … -->.'
        : source?.includes('expression') || source === 'acorn'
          ? 'braces { } hold a JavaScript expression in MDX: balance them, or write a literal brace as \\{.'
          : source?.includes('jsx')
            ? 'close every component and tag (`<Timeline />`, `<b>…</b>`); write a literal < as &lt;.'
            : 'MDX is stricter than Markdown: write a literal <, { or } as &lt;, \\{ or \\}, and comments as {/* … */}.',
    fix: 'Balance braces and tags; write a literal <, { or } as &lt;, \\{ or \\}.',
  },
  UnknownComponent: {
    title: 'Unknown component', severity: 'error',
    message: (name: string) => `unknown component <${name}>`,
    hint: (near: string | undefined, known: readonly string[]) =>
      `${near ? `did you mean <${near}>? ` : ''}Briefings can use ${known.map((c) => `<${c}>`).join(', ')} without importing them; import any other component at the top of the file.`,
    fix: 'Use a built-in chart component, or import the component at the top of the file.',
  },
  UnsafeUrl: {
    title: 'Link that runs code or opens a local file', severity: 'error',
    message: (where: string, scheme: string) => `${where} uses the ${scheme} scheme, which runs code, embeds content or opens a file instead of linking to a page`,
    hint: () => 'link to an http(s) page or a mailto: address; an analytic publication needs nothing else. Put data in content/data/ and draw it with a chart component.',
    fix: 'Link to an http(s) page or a mailto: address.',
  },
  BaseElement: {
    title: 'A `<base>` element in a body', severity: 'error',
    message: () => '<base> changes where every relative link of the page points, and can send readers to another site',
    hint: () => 'remove the <base> element, and write the full URL of any link that should leave the site.',
    fix: 'Remove the `<base>` element.',
  },
  RunsCode: {
    title: 'Code in a body: runs at build or in readers\' browsers', severity: 'warning',
    message: (what: string, when: 'build' | 'browser') => `${what} runs code ${when === 'build' ? 'at build, with the access of whoever builds the site' : 'in readers\' browsers'}`,
    hint: (when: 'build' | 'browser') => (when === 'build'
      ? 'a reviewer must read it before it is merged (`sitrep check --strict` fails on it). Briefings need no code: use the chart components, which need no import, and data in content/data/.'
      : 'a reviewer must read it before it is merged (`sitrep check --strict` fails on it). Briefings need no scripts, frames or handlers: link to the page instead, or use a chart component.'),
    fix: 'Have a reviewer read it; remove it from outside contributions (`sitrep check --strict` fails on it).',
  },
  // Datasets and charts.
  MissingDataset: {
    title: 'Missing dataset', severity: 'error',
    message: (component: string, id: string) => `<${component} data="${id}"> names a dataset that does not exist: no content/data/${id}.csv or content/data/${id}.json`,
    hint: (id: string, known: readonly string[]) => oneOf(known, `add the file content/data/${id}.csv (or .json).`),
    fix: 'Name a file of content/data/, or add it.',
  },
  InvalidDataset: {
    title: 'Unreadable dataset', severity: 'error',
    message: (detail: string) => `the dataset is not valid: ${detail}`,
    hint: (specific?: string) => specific ?? 'a dataset is a CSV file with a header row, or a JSON array of objects.',
    fix: 'Save the data as CSV with a header row, or as a JSON array of flat objects.',
  },
  DatasetNotFound: {
    title: 'Dataset not found', severity: 'error',
    message: (id: string, dir: string) => `no dataset "${id}": expected a file ${dir}/${id}.csv or ${dir}/${id}.json`,
    hint: (id: string, dir: string, near: string | undefined, known: readonly string[]) => (near
      ? `did you mean "${near}"?`
      : `create ${dir}/${id}.csv (header row first) or ${dir}/${id}.json, or pass the rows inline with rows={[…]}${known.length ? `; datasets available: ${known.join(', ')}` : ''}.`),
    fix: 'Raised while rendering, for a `data` prop computed by an expression: name an existing dataset.',
  },
  DatasetUnreadable: {
    title: 'Two files define one dataset', severity: 'error',
    message: (id: string) => `two files define the dataset "${id}" (${id}.csv and ${id}.json)`,
    hint: () => 'keep one of them: the file name is the dataset id.',
    fix: 'Keep one of the two files: the file name is the dataset id.',
  },
  UnknownColumn: {
    title: 'Unknown dataset column', severity: 'error',
    message: (columns: readonly string[], more = 0) => `no such column; the columns are ${columns.map((c) => `"${c}"`).join(', ')}${more ? `, and ${more} more` : ''}`,
    hint: (near: string | undefined) => (near ? `did you mean "${near}"?` : `use one of the column names from the file's header row.`),
    fix: 'Name a column of the dataset\'s header row in `x` and `y`.',
  },
  NotANumber: {
    title: 'Dataset value is not a number', severity: 'error',
    message: (shown: string, axis = false) => (axis ? 'expected a date or a number on the x axis, got an empty cell' : `expected a number, got ${shown}`),
    hint: (example: string | undefined, axis = false) => (axis
      ? 'fill in the cell, or remove the row.'
      : `write digits only, e.g. ${example ?? '70'} (no thousands separators or units); put qualifiers in another column, and leave the cell empty if the value is unknown.`),
    fix: 'Write digits only in value columns; leave unknown values empty.',
  },
  NotADate: {
    title: 'Dataset value is not a date', severity: 'error',
    message: (shown: string) => `expected a date like 2024-10-06, got ${shown}`,
    hint: () => 'write dates as YYYY-MM-DD (or YYYY-MM, or YYYY for a whole year).',
    fix: 'Write dates as YYYY-MM-DD, YYYY-MM or YYYY.',
  },
  InvalidChartProp: {
    title: 'Invalid chart component prop', severity: 'error',
    message: (detail: string) => detail,
    hint: (component: string, props: readonly string[], near?: string) => `${near ? `did you mean "${near}"? ` : ''}${component} takes ${props.join(', ')}.`,
    fix: 'Correct the prop; the README lists what each chart component takes.',
  },
  ChartOutsideBriefing: {
    title: 'Events chart used outside a briefing', severity: 'error',
    message: (component: string) => `${component} draws the events of the briefing being rendered, but this page is not a briefing`,
    hint: (component: string) => `use <${component} /> in a file under content/briefings/, or draw the data with <BarChart> or <LineChart> and data="dataset-id".`,
    fix: 'Use <Timeline /> and <EventMap /> in briefings only.',
  },
  // Configuration, code and tools: not caused by content.
  InvalidSiteConfig: {
    title: 'Invalid site configuration', severity: 'error',
    message: (detail: string) => detail,
    hint: () => 'fix the option passed to sitrep({ … }) in astro.config.mjs; the README lists every option.',
    fix: 'Fix the option named in sitrep({ … }) in astro.config.mjs.',
  },
  TypeCheck: {
    title: 'Type error', severity: 'error',
    message: (detail: string) => detail,
    hint: () => 'fix the code, or run `npx astro check` for the full report.',
    fix: 'Fix the code; `npx astro check` prints the full report.',
  },
  SearchIndexFailed: {
    title: 'Search index not written', severity: 'error',
    message: (step: string, errors: readonly string[]) => `Pagefind could not ${step}: ${errors.join('; ')}`,
    hint: () => 'check that the `pagefind` package and its platform binary (@pagefind/<os>-<arch>) are installed; run `npx pagefind --site dist` for its full log.',
    fix: 'Check that the output folder is writable and `pagefind` is installed.',
  },
  // The tradecraft lint: warnings, switched off per briefing with `lint: { disable: [name] }`.
  'estimative-mismatch': {
    title: 'a judgement whose wording uses an estimative term from another band than its `likelihood` ("almost certainly" with `likelihood: likely`)', severity: 'warning',
    message: (said: string, saidTerm: string, saidBand: string, likelihood: string, band: string) => `the judgement says "${said}" (${saidTerm}, ${saidBand}) but its likelihood is ${likelihood} (${band})`,
    hint: (term: string, likelihood: string, words: string) => `make them agree: set \`likelihood: ${term}\`, or word the judgement with the terms of ${likelihood} (${words}).`,
    fix: 'Make the wording and `likelihood` agree.',
  },
  'likelihood-with-confidence': {
    title: 'a likelihood term and a confidence level in the same sentence of a judgement (ICD 203 keeps them apart)', severity: 'warning',
    message: (sentence: number, term: string, confidence: string) => `sentence ${sentence} of the judgement has both a likelihood term ("${term}") and a confidence level ("${confidence}")`,
    hint: () => 'ICD 203 keeps the two apart: state the likelihood in the judgement and put the confidence in `confidence:` (or in a sentence of its own).',
    fix: 'Move the confidence into `confidence:`.',
  },
  'uncited-claim': {
    title: 'an intel finding or a key judgement with no `cites`', severity: 'warning',
    message: (what: 'intel finding' | 'key judgement', n: number) => `${what} ${n} cites no source`,
    hint: (what: 'intel finding' | 'key judgement') => (what === 'intel finding'
      ? 'add `cites: [source-id]` so readers can see what the finding rests on.'
      : 'add `cites: [source-id]` listing the sources the judgement rests on.'),
    fix: 'Add `cites: [source-id]`.',
  },
  'uncited-source': {
    title: 'a source that nothing cites, neither the body nor a `cites` list', severity: 'warning',
    message: (id: string) => `source "${id}" is listed in \`sources\` but nothing cites it`,
    hint: (id: string) => `cite it in the body with [^${id}], or in a \`cites\` list of an intel finding, event or judgement; or remove it.`,
    fix: 'Cite the source, or remove it.',
  },
  'uncited-casualties': {
    title: 'an event that gives `fatalities` but no `cites`', severity: 'warning',
    message: (n: number, title: string | undefined) => `event ${n}${title ? ` ("${title}")` : ''} gives fatalities but cites no source`,
    hint: () => 'casualty figures are contested: add `cites: [source-id]` to the event, or a range `{ low, high }` with the sources for each end.',
    fix: 'Cite the source of the casualty figure.',
  },
  'cutoff-after-published': {
    title: 'a `dataCutoff` later than `published`', severity: 'warning',
    message: (cutoff: string, published: string) => `dataCutoff ${cutoff} is after published ${published}`,
    hint: () => 'the information in a briefing cannot be newer than the briefing: set `dataCutoff` on or before `published`.',
    fix: 'Set `dataCutoff` on or before `published`.',
  },
  placeholder: {
    title: 'example text from `npm run new` (`REPLACE`, `replace-me`) still in the briefing', severity: 'warning',
    message: (where: string, lines?: string) => `${where} still has example text from \`npm run new\`${lines ? ` on ${lines}` : ''}`,
    hint: (word: string, id: string, inBody = false) => (inBody
      ? `write the briefing in place of each ${word}… paragraph; cite sources with [^source-id].`
      : `replace every ${word}… text and the example source "${id}" with your own.`),
    fix: 'Replace the example text with your own.',
  },
} as const satisfies Record<string, CatalogueEntry>;

/** Every name in the catalogue. */
export type ErrorName = keyof typeof SitrepErrors;
export const ERROR_NAMES = Object.keys(SitrepErrors) as ErrorName[];

type Entry<N extends ErrorName> = (typeof SitrepErrors)[N];

/** The message and hint of one occurrence, built by the entry's builders. */
export function explain<N extends ErrorName>(
  name: N,
  messageArgs: Parameters<Entry<N>['message']>,
  hintArgs: Parameters<Entry<N>['hint']>,
): { name: N; message: string; hint: string } {
  const entry = SitrepErrors[name] as unknown as { message: (...a: unknown[]) => string; hint: (...a: unknown[]) => string };
  return { name, message: entry.message(...messageArgs), hint: entry.hint(...hintArgs) };
}

/** A Problem of a catalogue entry, its severity from the catalogue, keys in the documented order (stable `--json`). */
export function problem(name: ErrorName, fields: Location & { message: string; hint?: string | undefined }): Problem {
  return {
    name,
    severity: SitrepErrors[name].severity,
    file: fields.file,
    line: fields.line,
    column: fields.column,
    field: fields.field,
    message: fields.message,
    hint: fields.hint,
  };
}

/** What a zod issue raised by a Sitrep schema carries besides its message (in `issue.params.sitrep`). */
export interface IssueDetail {
  name?: ErrorName | undefined;
  hint?: string | undefined;
}
