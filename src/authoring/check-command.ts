/**
 * `sitrep check`: validates all content without a build and prints every problem at once, each
 * with its file, line, column and a hint; then type-checks the code with `astro check`.
 * Exit status 1 when there is any error, 0 with warnings only. Content that runs code at build or
 * in readers' browsers (`RunsCode`) is listed apart for a reviewer; `--strict`, meant for pull
 * requests from outside contributors, fails on it too. `--json` prints the problems as a stable
 * JSON array on stdout (and nothing else there). SITREP_CONTENT names another content folder.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { contentDir } from '../loaders/content-dir.ts';
import { SitrepErrors, formatForTerminal, problem, type Problem } from '../errors.ts';
import { LINT_RULES, LINT_RULE_DESCRIPTIONS } from './lint.ts';
import { checkContent, displayPath, sortProblems } from './check.ts';
import { fileProblemCache } from './check-cache.ts';

/** The publication being checked: the working directory, as for `astro` itself. */
const root = process.cwd();

const USAGE = `Usage: sitrep check [options]

Validates every briefing, author, region, actor, dataset and page in content/ (or
$SITREP_CONTENT) without building, prints every problem with its file, line and a hint,
then type-checks the code with \`astro check\`.

Options:
  --json             print the problems as a JSON array on stdout, nothing else
  --no-astro-check   skip the type check (content only; much faster)
  --strict           also fail on content that runs code at build or in readers'
                     browsers (imports, exports, {…} code, <script>, <iframe>, onclick=…);
                     use it on pull requests from outside contributors
  -h, --help         show this help

Exit status: 1 if there is any error (with --strict, also any content that runs code),
0 if there are only warnings or none.

Tradecraft warnings (switch one off for a briefing with \`lint: { disable: [name] }\`):
${LINT_RULES.map((rule) => `  ${rule.padEnd(27)}${LINT_RULE_DESCRIPTIONS[rule]}`).join('\n')}
`;

/** The warning `--strict` fails on: content that runs code at build or in readers' browsers. */
const RUNS_CODE = 'RunsCode';

/** The JSON form of a problem: every key present, `null` when unknown, in a fixed order. */
function toJson(p: Problem) {
  return {
    name: p.name,
    severity: p.severity,
    file: p.file ?? null,
    line: p.line ?? null,
    column: p.column ?? null,
    field: p.field ?? null,
    message: p.message,
    hint: p.hint ?? null,
  };
}


/** Runs `sitrep check` with the command line's arguments; resolves with the exit status. */
export async function run(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      options: {
        json: { type: 'boolean', default: false },
        'astro-check': { type: 'boolean', default: true },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowNegative: true,
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const json = args.json;
  const log = (text: string) => (json ? process.stderr : process.stdout).write(`${text}\n`);

  // The same cache as the build's content check: results are always what a fresh check gives.
  const report = await checkContent({ contentDir, cwd: process.cwd(), cache: fileProblemCache() });
  const problems = [...report.problems];
  if (!json) for (const p of problems) log(formatForTerminal(p));

  const contentErrors = problems.some((p) => p.severity === 'error');
  if (args['astro-check']) {
    if (contentErrors) {
      log(`${json ? '' : '\n'}Skipped \`astro check\`: it loads the content, so fix the content errors above first (or pass --no-astro-check).`);
    } else {
      log(json ? 'Running astro check…' : '\nType-checking with `astro check`…');
      const typeProblems = await astroCheck(json);
      problems.push(...typeProblems);
      if (!json) for (const p of typeProblems.filter((t) => !t.line)) log(formatForTerminal(p));
    }
  }

  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const runsCode = problems.filter((p) => p.name === RUNS_CODE);
  if (runsCode.length) {
    // Listed apart, in one place, so a reviewer of an outside contribution cannot miss them.
    log(`\n${SitrepErrors.RunsCode.title} (${runsCode.length}), for a reviewer to read${args.strict ? '; --strict fails on these' : ''}:`);
    for (const p of sortProblems(runsCode)) log(`  ${[p.file, p.line, p.column].filter((part) => part !== undefined).join(':')} ${p.message}`);
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(sortProblems(problems).map(toJson), null, 2)}\n`);
  } else {
    const where = `${report.files} content file${report.files === 1 ? '' : 's'} in ${displayPath(contentDir, process.cwd())}`;
    const strictly = args.strict && runsCode.length ? `; --strict fails on the ${runsCode.length} that run${runsCode.length === 1 ? 's' : ''} code` : '';
    log(errors || warnings
      ? `\n${count(errors, 'error')} and ${count(warnings, 'warning')} (${where})${strictly}.`
      : `\nNo problems (${where}).`);
  }
  return errors || (args.strict && runsCode.length) ? 1 : 0;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

const DIAGNOSTIC = /^(.+?):(\d+):(\d+) - (error|warning)\s*(.*?): (.*)$/;
// Matches the escape sequences `astro check` colours its output with.
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * Runs `astro check` with this process's Node (24, which the project needs; `npx astro check`
 * would do the same through npm's PATH). In the terminal its report is shown as it comes; with
 * --json its diagnostics become Problems and its output goes to stderr.
 */
function astroCheck(json: boolean): Promise<Problem[]> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [astroBin(), 'check', '--minimumSeverity', 'warning'], {
      cwd: root,
      // The same content folder as the checks above, whatever the working directory.
      env: { ...process.env, SITREP_CONTENT: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const forward = (chunk: Buffer) => {
      output += chunk;
      (json ? process.stderr : process.stdout).write(chunk);
    };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', (error) => resolve([typeProblem(`could not run astro check: ${error.message}`)]));
    child.on('close', (code) => {
      const problems: Problem[] = [];
      for (const line of output.replace(ANSI, '').split('\n')) {
        const m = DIAGNOSTIC.exec(line.trim());
        if (!m) continue;
        problems.push({
          ...problem('TypeCheck', { file: m[1]!, line: Number(m[2]), column: Number(m[3]), message: `${m[5] ? `${m[5]} ` : ''}${m[6]}`.trim(), hint: SitrepErrors.TypeCheck.hint() }),
          severity: m[4] === 'error' ? 'error' : 'warning',
        });
      }
      if (code !== 0 && !problems.some((p) => p.severity === 'error')) {
        problems.push(typeProblem(`astro check failed (exit status ${code}): ${lastLines(output)}`));
      }
      resolve(problems);
    });
  });
}

function typeProblem(message: string): Problem {
  return problem('TypeCheck', { message, hint: SitrepErrors.TypeCheck.hint() });
}

function lastLines(output: string): string {
  return output.replace(ANSI, '').trim().split('\n').slice(-3).join(' ').slice(0, 400);
}

/** The publication's own `astro` command (Sitrep depends on it, so it is always installed). */
function astroBin(): string {
  return path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json')), 'bin', 'astro.mjs');
}
