/**
 * `npm run bench`: the build benchmark and performance budget. Generates a synthetic publication
 * of N briefings (scripts/bench/generate.ts) in a workspace under node_modules/.cache/sitrep-bench/,
 * builds it with the project's own code (SITREP_CONTENT pointing at the generated content, an
 * output folder and caches of its own), and measures the cold build, a warm rebuild with nothing
 * changed and an incremental rebuild after one title changed, against a bare Astro + MDX site
 * over the same bodies (scripts/bench/baseline.ts). Also reports the social cards each build
 * rendered, the cold cost of one card, and the weight of the median briefing page.
 * `--scale 250,1000` instead measures cold builds at several sizes and extrapolates to 5,000.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BASELINE_CACHES, writeBaselineBriefing, writeBaselineProject } from './baseline.ts';
import {
  BENCH_NOW, CHART_COMPONENTS, briefingFile, generatePublication, publicationFiles, registeredCharts,
  type ChartComponent, type GeneratedBriefing, type GeneratedPublication,
} from './generate.ts';
import { GNU_TIME, parseCardLog, parsePageCount, relativeFrom, runMeasured, tail, type CardLog, type RunResult } from './run.ts';
import { linearFit, median, predict, type LinearFit } from './stats.ts';
import { GZIP_LEVEL, measureMedianBriefing, measurePage, type PageWeight } from './weight.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const benchDir = path.join(root, 'node_modules/.cache/sitrep-bench');
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

const PHASES = ['cold', 'warm', 'incremental', 'baseline', 'weight'] as const;
type Phase = (typeof PHASES)[number];
type BuildPhase = 'cold' | 'warm' | 'incremental';
const BUILD_PHASES: readonly BuildPhase[] = ['cold', 'warm', 'incremental'];

const DEFAULT_N = 1000;
const DEFAULT_SEED = 20241010;
const DEFAULT_CARD_SAMPLE = 100;
const EXTRAPOLATE_TO = 5000;

const USAGE = `Usage: npm run bench -- [options]

Builds a synthetic publication with Sitrep and with a bare Astro + MDX site, and reports wall
time, CPU time and peak memory of cold, warm and incremental builds, cards rendered, the cost
of one card and the weight of the median briefing page.

Options:
  --n <count>        briefings to generate (default ${DEFAULT_N})
  --runs <k>         build each phase k times and report the median (default 1)
  --only <list>      comma list of ${PHASES.join(',')} (default all)
  --seed <int>       generator seed (default ${DEFAULT_SEED})
  --charts <list>    chart tags in the bodies: auto (those registered in
                     src/components/mdx-components.ts; default), all, none, or a comma list
                     of ${CHART_COMPONENTS.join(',')}
  --scale <sizes>    cold builds at each size instead (e.g. 250,1000): per-briefing cost and a
                     linear fit extrapolated to ${EXTRAPOLATE_TO.toLocaleString('en')}
  --card-sample <k>  cards rendered on their own for the per-card cost (default ${DEFAULT_CARD_SAMPLE}; 0 skips)
  --out <file>       results JSON (default node_modules/.cache/sitrep-bench/results.json)
  --keep             keep the workspace (node_modules/.cache/sitrep-bench/work-…)
  -h, --help         show this help

The machine should be otherwise idle: wall times grow with other load (the load average is
recorded with every build); CPU times much less.
`;

class UsageError extends Error {}

interface Options {
  n: number;
  runs: number;
  only: Set<Phase>;
  seed: number;
  charts: ChartComponent[];
  chartsNote: string;
  scale: number[] | undefined;
  cardSample: number;
  out: string;
  keep: boolean;
}

function positiveInt(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} expects a whole number ≥ ${min}; got "${value}"`);
  return n;
}

function parseOptions(argv: string[]): Options | undefined {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      n: { type: 'string' },
      runs: { type: 'string' },
      only: { type: 'string' },
      seed: { type: 'string' },
      charts: { type: 'string' },
      scale: { type: 'string' },
      'card-sample': { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return undefined;
  const only = new Set<Phase>();
  for (const name of (values.only ?? PHASES.join(',')).split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(PHASES as readonly string[]).includes(name)) throw new UsageError(`--only: unknown phase "${name}"; the phases are ${PHASES.join(', ')}`);
    only.add(name as Phase);
  }
  const chartsArg = values.charts ?? 'auto';
  let charts: ChartComponent[];
  let chartsNote: string;
  if (chartsArg === 'auto') {
    const file = path.join(root, 'src/components/mdx-components.ts');
    charts = existsSync(file) ? registeredCharts(readFileSync(file, 'utf8')) : [];
    const missing = CHART_COMPONENTS.filter((name) => !charts.includes(name));
    chartsNote = missing.length
      ? `auto: ${charts.join(', ') || 'none'}; left out (not registered in src/components/mdx-components.ts): ${missing.join(', ')}`
      : `auto: ${charts.join(', ')}`;
  } else if (chartsArg === 'all' || chartsArg === 'none') {
    charts = chartsArg === 'all' ? [...CHART_COMPONENTS] : [];
    chartsNote = chartsArg === 'all' ? charts.join(', ') : 'none';
  } else {
    charts = chartsArg.split(',').map((s) => s.trim()).filter(Boolean) as ChartComponent[];
    const bad = charts.filter((name) => !CHART_COMPONENTS.includes(name));
    if (bad.length) throw new UsageError(`--charts: unknown component ${bad.join(', ')}; use auto, all, none or some of ${CHART_COMPONENTS.join(', ')}`);
    chartsNote = charts.join(', ');
  }
  const scale = values.scale?.split(',').map((s) => positiveInt('scale', s.trim(), 0));
  if (scale && new Set(scale).size < 2) throw new UsageError('--scale needs at least two different sizes, e.g. --scale 250,1000');
  return {
    n: positiveInt('n', values.n, DEFAULT_N),
    runs: positiveInt('runs', values.runs, 1),
    only,
    seed: positiveInt('seed', values.seed, DEFAULT_SEED, 0),
    charts,
    chartsNote,
    scale,
    cardSample: positiveInt('card-sample', values['card-sample'], DEFAULT_CARD_SAMPLE, 0),
    out: path.resolve(values.out ?? path.join(benchDir, 'results.json')),
    keep: values.keep,
  };
}

// ---------------------------------------------------------------------------------------------
// Workspace and builds

/** The generated content, the Sitrep build's root (output, caches) and the baseline project. */
interface Workspace {
  dir: string;
  content: string;
  site: string;
  baseline: string;
  publication: GeneratedPublication;
}

function writeFiles(dir: string, files: Map<string, string>): void {
  for (const [rel, text] of files) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

function createWorkspace(n: number, seed: number, charts: ChartComponent[], withBaseline: boolean): Workspace {
  const dir = path.join(benchDir, `work-n${n}-s${seed}`);
  rmSync(dir, { recursive: true, force: true });
  const publication = generatePublication({ count: n, seed, charts });
  const workspace = { dir, content: path.join(dir, 'content'), site: path.join(dir, 'site'), baseline: path.join(dir, 'baseline'), publication };
  writeFiles(workspace.content, publicationFiles(publication));
  mkdirSync(workspace.site, { recursive: true });
  if (withBaseline) writeBaselineProject(workspace.baseline, publication);
  return workspace;
}

/** This environment minus what would make Astro think it runs a dev or test build. */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST', 'SITREP_CONTENT', 'SITREP_CACHE_DIR', 'SITREP_ASTRO_CACHE', 'SITREP_DRAFTS']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

/** One measured build, as recorded in the results. */
interface BuildRecord {
  wallMs: number;
  cpuMs: number | undefined;
  peakRssMb: number;
  peakProcessMb: number;
  processes: number;
  pages: number | undefined;
  cards: CardLog;
  load: [number, number];
}

type Target = 'sitrep' | 'baseline';

async function build(workspace: Workspace, target: Target, label: string): Promise<BuildRecord> {
  const started = Date.now();
  process.stderr.write(`  ${target} ${label} build… `);
  let result: RunResult;
  if (target === 'sitrep') {
    result = await runMeasured(process.execPath, [
      astroBin, 'build',
      // A root of its own keeps this build's `.astro/` and Vite cache inside the workspace.
      '--root', workspace.site, '--config', relativeFrom(workspace.site, path.join(root, 'astro.config.mjs')),
      '--outDir', path.join(workspace.site, 'dist'),
    ], {
      // The card pool finds its worker script under the working directory (src/cards/pool.ts).
      cwd: root,
      env: buildEnv({
        SITREP_CONTENT: workspace.content,
        SITREP_CACHE_DIR: path.join(workspace.site, '.cache/sitrep'),
        SITREP_ASTRO_CACHE: path.join(workspace.site, '.cache/astro'),
        SITREP_NOW: BENCH_NOW,
      }),
      timeFile: path.join(workspace.dir, 'time.txt'),
    });
  } else {
    result = await runMeasured(process.execPath, [astroBin, 'build', '--root', workspace.baseline], {
      cwd: workspace.baseline,
      env: buildEnv({}),
      timeFile: path.join(workspace.dir, 'time.txt'),
    });
  }
  if (result.code !== 0) {
    process.stderr.write('failed\n');
    const missing = /Expected component `(\w+)` to be defined/.exec(result.output)?.[1];
    const hint = missing
      ? `\nHint: <${missing} /> is not registered in src/components/mdx-components.ts yet; run with --charts auto (or --charts none) to leave the chart tags out.`
      : '';
    throw new Error(`the ${target} ${label} build exited with code ${result.code}:\n${tail(result.output)}${hint}`);
  }
  const record: BuildRecord = {
    wallMs: result.wallMs, cpuMs: result.cpuMs, peakRssMb: result.peakRssMb, peakProcessMb: result.peakProcessMb,
    processes: result.processes, pages: parsePageCount(result.output), cards: parseCardLog(result.output), load: result.load,
  };
  process.stderr.write(`${(record.wallMs / 1000).toFixed(1)} s wall${record.cpuMs !== undefined ? `, ${(record.cpuMs / 1000).toFixed(1)} s CPU` : ''}, ${record.peakRssMb.toFixed(0)} MB (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  return record;
}

/** Removes everything a build leaves behind: output, `.astro/`, Astro, Vite and card caches. */
function wipe(workspace: Workspace, target: Target): void {
  if (target === 'sitrep') {
    rmSync(workspace.site, { recursive: true, force: true });
    mkdirSync(workspace.site, { recursive: true });
  } else {
    for (const name of BASELINE_CACHES) rmSync(path.join(workspace.baseline, name), { recursive: true, force: true });
  }
}

/** The briefing whose title the incremental build changes: the middle one. */
function editedBriefing(publication: GeneratedPublication): GeneratedBriefing {
  return publication.briefings[Math.floor(publication.briefings.length / 2)]!;
}

function retitled(briefing: GeneratedBriefing, run: number): GeneratedBriefing {
  const suffix = ` (revised ${run})`;
  return { ...briefing, data: { ...briefing.data, title: `${briefing.data.title.slice(0, 120 - suffix.length)}${suffix}` } };
}

function writeBriefing(workspace: Workspace, target: Target, briefing: GeneratedBriefing): void {
  if (target === 'sitrep') writeFileSync(path.join(workspace.content, 'briefings', `${briefing.slug}.mdx`), briefingFile(briefing));
  else writeBaselineBriefing(workspace.baseline, briefing);
}

/**
 * One run of a target: cold (caches wiped), then warm (nothing changed), then incremental (one
 * title changed, then restored). A phase that is not asked for but needed for the next one
 * still builds ("prime") and is not reported.
 */
async function runTarget(workspace: Workspace, target: Target, phases: ReadonlySet<BuildPhase>, run: number, after?: (phase: BuildPhase) => void) {
  const records: Partial<Record<BuildPhase, BuildRecord>> = {};
  const last = BUILD_PHASES.filter((phase) => phases.has(phase)).at(-1);
  if (!last) return records;
  wipe(workspace, target);
  const cold = await build(workspace, target, phases.has('cold') ? 'cold' : 'prime (cold, not reported)');
  if (phases.has('cold')) records.cold = cold;
  after?.('cold');
  if (last === 'cold') return records;
  const warm = await build(workspace, target, phases.has('warm') ? 'warm' : 'prime (warm, not reported)');
  if (phases.has('warm')) records.warm = warm;
  after?.('warm');
  if (last === 'warm') return records;
  const original = editedBriefing(workspace.publication);
  writeBriefing(workspace, target, retitled(original, run));
  try {
    records.incremental = await build(workspace, target, 'incremental');
  } finally {
    writeBriefing(workspace, target, original);
  }
  return records;
}

// ---------------------------------------------------------------------------------------------
// Summaries

interface Summary {
  runs: number;
  wallMs: number;
  cpuMs: number | undefined;
  peakRssMb: number;
  peakProcessMb: number;
  pages: number | undefined;
  cardsRendered: number;
  cardsCached: number;
  cardSeconds: number;
  cardWorkers: number;
  load: number;
}

function summarise(records: readonly BuildRecord[]): Summary | undefined {
  if (!records.length) return undefined;
  const m = (pick: (r: BuildRecord) => number | undefined) => median(records.map(pick).filter((v): v is number => v !== undefined));
  return {
    runs: records.length,
    wallMs: m((r) => r.wallMs)!,
    cpuMs: m((r) => r.cpuMs),
    peakRssMb: m((r) => r.peakRssMb)!,
    peakProcessMb: m((r) => r.peakProcessMb)!,
    pages: m((r) => r.pages),
    cardsRendered: m((r) => r.cards.rendered)!,
    cardsCached: m((r) => r.cards.cached)!,
    cardSeconds: m((r) => r.cards.seconds)!,
    cardWorkers: Math.max(...records.map((r) => r.cards.workers)),
    load: m((r) => (r.load[0] + r.load[1]) / 2)!,
  };
}

const s1 = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const mb = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(0));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !b ? '–' : `${(a / b).toFixed(1)}×`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function environment() {
  const astro = JSON.parse(readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string };
  return {
    node: process.version,
    astro: astro.version,
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryMb: Math.round(totalmem() / 1048576),
    cpuTime: existsSync(GNU_TIME) ? `${GNU_TIME} (%U + %S of the build tree)` : 'not measured (no GNU time)',
    rss: 'sum of VmRSS over the build process tree, sampled every 100 ms (/proc); largest single-process VmHWM beside it',
    gzipLevel: GZIP_LEVEL,
  };
}

/** CPU per card that the warm build saved: (cold CPU − warm CPU) ÷ cards the cold build rendered. */
function cardCpuFromBuilds(cold: Summary | undefined, warm: Summary | undefined): number | undefined {
  if (!cold?.cardsRendered || cold.cpuMs === undefined || warm?.cpuMs === undefined) return undefined;
  return (cold.cpuMs - warm.cpuMs) / (cold.cardsRendered - warm.cardsRendered || cold.cardsRendered);
}

function describeCards(cards: CardCost | undefined, cold: Summary | undefined, warm: Summary | undefined): string[] {
  const lines: string[] = [];
  if (cold && cold.cardsRendered) {
    const workers = cold.cardWorkers ? `${cold.cardWorkers} worker${cold.cardWorkers === 1 ? '' : 's'}` : 'in-process';
    lines.push(`cards in the cold build: ${cold.cardsRendered} rendered (${workers}, started with the build); the last was ready ${cold.cardSeconds.toFixed(1)} s after the first page (the build's "[sitrep] cards" line)`);
    const cpu = cardCpuFromBuilds(cold, warm);
    if (cpu !== undefined) lines.push(`cold minus warm CPU per card rendered: ${cpu.toFixed(0)} ms/card (an upper bound: it also holds what Astro's own caches save)`);
  }
  if (cards) {
    lines.push(`cold card cost on its own: ${cards.cpuMsPerCard.toFixed(0)} ms CPU/card, ${cards.perCardMs.toFixed(0)} ms/card wall, ${cards.renderMsPerCard.toFixed(0)} ms/render inside the renderer (scripts/bench/cards.ts, ${cards.count} synthetic cards, ${cards.workers ? `${cards.workers} workers` : 'in-process'}; warm pass ${cards.warmPerCardMs.toFixed(1)} ms/card)`);
  }
  return lines;
}

function describeWeight(weight: PageWeight | undefined, baseline: PageWeight | undefined): string[] {
  if (!weight) return [];
  const w = weight;
  const lines = [
    `median briefing page ${w.page} (of ${w.pages}), gzip level ${GZIP_LEVEL}:`,
    `  HTML ${kb(w.html.bytes)} → ${kb(w.html.gzipBytes)} gz · CSS ${w.css.files} file(s)/block(s) ${kb(w.css.bytes)} → ${kb(w.css.gzipBytes)} gz · JS ${w.js.files} file(s)/block(s) ${kb(w.js.bytes)} → ${kb(w.js.gzipBytes)} gz`,
    `  fonts loaded for its text ${w.fonts.loaded.files} woff2 ${kb(w.fonts.loaded.bytes)} (${w.fonts.loaded.names.join(', ')}); referenced by the CSS ${w.fonts.referenced.files} woff2 ${kb(w.fonts.referenced.bytes)}`,
    `  total transferred (HTML + CSS + loaded fonts + JS): ${kb(w.totalGzipBytes)}`,
  ];
  if (baseline) lines.push(`  bare Astro page of the same briefing: HTML ${kb(baseline.html.bytes)} → ${kb(baseline.html.gzipBytes)} gz, CSS ${kb(baseline.css.gzipBytes)} gz, fonts ${kb(baseline.fonts.loaded.bytes)}, JS ${kb(baseline.js.gzipBytes)} gz`);
  return lines;
}

interface CardCost {
  count: number;
  workers: number;
  /** Wall time of the cold pass per card (worker start-up and font loading included). */
  perCardMs: number;
  /** Mean time of one render inside the renderer. */
  renderMsPerCard: number;
  /** CPU time (all threads of this process) of the cold pass per card. */
  cpuMsPerCard: number;
  warmPerCardMs: number;
}

async function measureCards(count: number): Promise<CardCost> {
  process.stderr.write(`  cards on their own (${count})… `);
  const { benchmarkCards } = await import('./cards.ts');
  // process.cpuUsage counts every thread of the process, so the render workers too; the warm
  // pass (cache reads only) is part of the measured span but costs well under 1 % of it.
  const cpu = process.cpuUsage();
  const result = await benchmarkCards({ count });
  const used = process.cpuUsage(cpu);
  process.stderr.write(`${result.cold.perCardMs.toFixed(0)} ms/card\n`);
  return {
    count, workers: result.cold.stats.workers, perCardMs: result.cold.perCardMs,
    renderMsPerCard: result.cold.renderMsPerCard, cpuMsPerCard: (used.user + used.system) / 1000 / count, warmPerCardMs: result.warm.perCardMs,
  };
}

// ---------------------------------------------------------------------------------------------
// Modes

async function benchmark(options: Options) {
  const { n, runs, only } = options;
  const buildPhases = new Set(BUILD_PHASES.filter((phase) => only.has(phase)));
  const withBaseline = only.has('baseline');
  // The baseline builds the same phases as Sitrep; on its own (--only baseline) a cold build.
  const baselinePhases = new Set<BuildPhase>(buildPhases.size ? buildPhases : ['cold']);
  // Page weight needs a Sitrep build: a cold one primes it when no build phase is asked for.
  const needsPrime = only.has('weight') && !buildPhases.size;

  process.stderr.write(`sitrep bench: ${n} briefings, seed ${options.seed}, ${runs} run(s), charts ${options.chartsNote}\n`);
  const workspace = createWorkspace(n, options.seed, options.charts, withBaseline);
  process.stderr.write(`  workspace ${path.relative(root, workspace.dir)}\n`);
  const sitrep: Record<BuildPhase, BuildRecord[]> = { cold: [], warm: [], incremental: [] };
  const baseline: Record<BuildPhase, BuildRecord[]> = { cold: [], warm: [], incremental: [] };
  let weight: PageWeight | undefined;
  let baselineWeight: PageWeight | undefined;
  let cards: CardCost | undefined;
  try {
    for (let run = 1; run <= runs; run++) {
      if (runs > 1) process.stderr.write(` run ${run}/${runs}\n`);
      // Weight is measured once, on the first cold build's output (before any title edit).
      const weigh = (phase: BuildPhase) => {
        if (run === 1 && phase === 'cold' && only.has('weight')) weight = measureMedianBriefing(path.join(workspace.site, 'dist'));
      };
      const s = await runTarget(workspace, 'sitrep', buildPhases, run, weigh);
      if (needsPrime && run === 1) {
        wipe(workspace, 'sitrep');
        await build(workspace, 'sitrep', 'prime (cold, not reported)');
        weigh('cold');
      }
      for (const phase of BUILD_PHASES) if (s[phase]) sitrep[phase].push(s[phase]);
      if (withBaseline) {
        const weighBaseline = (phase: BuildPhase) => {
          // The same briefing as Sitrep's median page, so the two pages carry the same text.
          if (run === 1 && phase === 'cold' && only.has('weight')) {
            const out = path.join(workspace.baseline, 'dist');
            baselineWeight = weight ? measurePage(out, weight.page, workspace.publication.briefings.length) : measureMedianBriefing(out);
          }
        };
        const b = await runTarget(workspace, 'baseline', baselinePhases, run, weighBaseline);
        for (const phase of BUILD_PHASES) if (b[phase]) baseline[phase].push(b[phase]);
      }
    }
    if (only.has('cold') && options.cardSample > 0) {
      // The builds are measured by now: a failure here costs this one figure, not the run.
      try {
        cards = await measureCards(options.cardSample);
      } catch (error) {
        process.stderr.write(`failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      }
    }
  } finally {
    if (!options.keep) rmSync(workspace.dir, { recursive: true, force: true });
  }

  const summaries = Object.fromEntries(BUILD_PHASES.map((phase) => [phase, { sitrep: summarise(sitrep[phase]), baseline: summarise(baseline[phase]) }])) as
    Record<BuildPhase, { sitrep: Summary | undefined; baseline: Summary | undefined }>;
  const rows = BUILD_PHASES.filter((phase) => summaries[phase].sitrep || summaries[phase].baseline).map((phase) => {
    const { sitrep: s, baseline: b } = summaries[phase];
    return [
      phase, s1(s?.wallMs), s1(s?.cpuMs), mb(s?.peakRssMb), mb(s?.peakProcessMb), String(s?.pages ?? '–'),
      s ? `${s.cardsRendered}/${s.cardsCached}` : '–',
      s1(b?.wallMs), s1(b?.cpuMs), mb(b?.peakRssMb), ratio(s?.wallMs, b?.wallMs), ratio(s?.cpuMs, b?.cpuMs), ratio(s?.peakRssMb, b?.peakRssMb),
      s ? s.load.toFixed(1) : b ? b.load.toFixed(1) : '–',
    ];
  });
  const env = environment();
  const lines = [
    '',
    `Sitrep build benchmark: ${n} briefings (seed ${options.seed}), median of ${runs} run(s); charts: ${options.chartsNote}`,
    `Node ${env.node}, Astro ${env.astro}, ${env.cpus} CPUs (${env.cpuModel}), ${env.memoryMb} MB RAM`,
    '',
    table(
      ['phase', 'wall s', 'CPU s', 'RSS MB', 'max proc MB', 'pages', 'cards new/cached', 'base wall s', 'base CPU s', 'base RSS MB', '× wall', '× CPU', '× RSS', 'load'],
      rows,
    ),
    '',
    ...describeCards(cards, summaries.cold.sitrep, summaries.warm.sitrep),
    ...describeWeight(weight, baselineWeight),
    '',
    'wall: spawn to exit; CPU: user + system of the build tree (GNU time); RSS: peak of the tree\'s summed VmRSS sampled every 100 ms;',
    'max proc: largest VmHWM of one process; ×: Sitrep ÷ bare Astro + MDX on the same bodies; load: 1-minute load average during the build.',
  ];
  console.log(lines.join('\n'));
  return {
    kind: 'benchmark',
    options: { n, runs, seed: options.seed, only: [...only], charts: options.charts, chartsNote: options.chartsNote, cardSample: options.cardSample },
    environment: env,
    editedBriefing: editedBriefing(workspace.publication).slug,
    phases: summaries,
    // Sitrep ÷ bare Astro + MDX, per phase (undefined where either side was not measured).
    ratios: Object.fromEntries(BUILD_PHASES.map((phase) => {
      const { sitrep: a, baseline: b } = summaries[phase];
      const r = (x: number | undefined, y: number | undefined) => (x === undefined || !y ? undefined : x / y);
      return [phase, { wall: r(a?.wallMs, b?.wallMs), cpu: r(a?.cpuMs, b?.cpuMs), rss: r(a?.peakRssMb, b?.peakRssMb) }];
    })),
    runs: { sitrep, baseline },
    cards: {
      inBuild: summaries.cold.sitrep && summaries.cold.sitrep.cardsRendered
        ? { wallMsPerCard: summaries.cold.sitrep.cardSeconds * 1000 / summaries.cold.sitrep.cardsRendered, workers: summaries.cold.sitrep.cardWorkers }
        : undefined,
      coldMinusWarmCpuMsPerCard: cardCpuFromBuilds(summaries.cold.sitrep, summaries.warm.sitrep),
      isolated: cards,
    },
    weight: weight ? { sitrep: weight, baseline: baselineWeight, gzipLevel: GZIP_LEVEL } : undefined,
  };
}

async function scaling(options: Options) {
  const sizes = [...new Set(options.scale!)].sort((a, b) => a - b);
  process.stderr.write(`sitrep bench --scale ${sizes.join(',')}: cold builds, seed ${options.seed}, ${options.runs} run(s) each, charts ${options.chartsNote}\n`);
  const points: { n: number; summary: Summary; records: BuildRecord[] }[] = [];
  for (const n of sizes) {
    const workspace = createWorkspace(n, options.seed, options.charts, false);
    const records: BuildRecord[] = [];
    try {
      for (let run = 1; run <= options.runs; run++) {
        const r = await runTarget(workspace, 'sitrep', new Set(['cold']), run);
        records.push(r.cold!);
      }
    } finally {
      if (!options.keep) rmSync(workspace.dir, { recursive: true, force: true });
    }
    points.push({ n, summary: summarise(records)!, records });
  }
  const fit = (pick: (s: Summary) => number | undefined): LinearFit | undefined => {
    const xy = points.map((p) => [p.n, pick(p.summary)] as const).filter((p): p is readonly [number, number] => p[1] !== undefined);
    return xy.length >= 2 ? linearFit(xy) : undefined;
  };
  const wall = fit((s) => s.wallMs);
  const cpu = fit((s) => s.cpuMs);
  const rss = fit((s) => s.peakRssMb);
  const rows = points.map(({ n, summary: s }) => [
    String(n), s1(s.wallMs), (s.wallMs / n).toFixed(0), s1(s.cpuMs), s.cpuMs === undefined ? '–' : (s.cpuMs / n).toFixed(0), mb(s.peakRssMb), `${s.cardsRendered}`, s.load.toFixed(1),
  ]);
  const at = (f: LinearFit | undefined, scale: number, digits: number) => (f ? (predict(f, EXTRAPOLATE_TO) / scale).toFixed(digits) : '–');
  rows.push([`${EXTRAPOLATE_TO} (fit)`, at(wall, 1000, 0), wall ? (predict(wall, EXTRAPOLATE_TO) / EXTRAPOLATE_TO).toFixed(0) : '–', at(cpu, 1000, 0), cpu ? (predict(cpu, EXTRAPOLATE_TO) / EXTRAPOLATE_TO).toFixed(0) : '–', at(rss, 1, 0), '', '']);
  const describe = (name: string, f: LinearFit | undefined, unit: string, scale: number) =>
    f ? `${name}: ${(f.intercept / scale).toFixed(1)} ${unit} fixed + ${(f.slope / scale * 1000).toFixed(1)} ${unit} per 1,000 briefings (r² ${f.r2.toFixed(3)})` : `${name}: –`;
  const env = environment();
  console.log([
    '',
    `Sitrep cold-build scaling (seed ${options.seed}, median of ${options.runs} run(s); charts: ${options.chartsNote})`,
    `Node ${env.node}, Astro ${env.astro}, ${env.cpus} CPUs (${env.cpuModel})`,
    '',
    table(['briefings', 'wall s', 'wall ms/briefing', 'CPU s', 'CPU ms/briefing', 'RSS MB', 'cards', 'load'], rows),
    '',
    describe('wall', wall, 's', 1000),
    describe('CPU', cpu, 's', 1000),
    describe('peak RSS', rss, 'MB', 1),
    `The ${EXTRAPOLATE_TO.toLocaleString('en')} row extrapolates the least-squares lines; with two sizes the line passes through both points, so treat it as a linear estimate only.`,
  ].join('\n'));
  return {
    kind: 'scale',
    options: { sizes, runs: options.runs, seed: options.seed, charts: options.charts, chartsNote: options.chartsNote },
    environment: env,
    points: points.map(({ n, summary, records }) => ({ n, ...summary, wallMsPerBriefing: summary.wallMs / n, cpuMsPerBriefing: summary.cpuMs === undefined ? undefined : summary.cpuMs / n, records })),
    fit: { wallMs: wall, cpuMs: cpu, peakRssMb: rss },
    extrapolated: { n: EXTRAPOLATE_TO, wallMs: wall && predict(wall, EXTRAPOLATE_TO), cpuMs: cpu && predict(cpu, EXTRAPOLATE_TO), peakRssMb: rss && predict(rss, EXTRAPOLATE_TO) },
  };
}

async function main(): Promise<number> {
  let options: Options | undefined;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (!options) {
    process.stdout.write(USAGE);
    return 0;
  }
  const results = options.scale ? await scaling(options) : await benchmark(options);
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nResults written to ${path.relative(process.cwd(), options.out)}`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`\nbench: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.SITREP_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
  process.exitCode = 1;
}
