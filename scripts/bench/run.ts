/**
 * Runs one build and measures it: wall time, CPU time and the peak memory of the whole process
 * tree (astro, its worker threads, and children such as Pagefind's service).
 *
 * - Wall time: `performance.now()` from spawn to exit.
 * - Peak RSS of the tree: every `intervalMs` (100 ms) the /proc table is scanned for the
 *   descendants of the spawned process and their VmRSS summed; the peak of those sums is
 *   reported. A sampler can miss a spike shorter than the interval, so the largest single
 *   process's own high-water mark (VmHWM, kept by the kernel) is reported beside it.
 * - CPU time (user + system of the whole tree): from GNU time's `%U %S` when /usr/bin/time
 *   exists. On a shared machine CPU time is the steadier figure: wall time grows with the load
 *   other processes put on the cores, CPU time much less.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';

export const GNU_TIME = '/usr/bin/time';

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Sampling interval for the RSS of the tree, ms (default 100). */
  intervalMs?: number;
  /** Scratch file for GNU time's report (it is deleted afterwards); CPU time is skipped without it. */
  timeFile?: string;
}

export interface RunResult {
  code: number | null;
  /** stdout and stderr, interleaved as printed. */
  output: string;
  wallMs: number;
  /** User + system CPU time of the whole tree, ms (undefined without GNU time). */
  cpuMs: number | undefined;
  /** Peak of the sampled sum of VmRSS over the tree, MB (MiB). */
  peakRssMb: number;
  /** Largest VmHWM (kernel high-water mark) of any one process seen in the tree, MB. */
  peakProcessMb: number;
  /** Distinct processes seen in the tree (besides the GNU time wrapper). */
  processes: number;
  samples: number;
  /** One-minute load average before and after the run: how busy the machine was. */
  load: [number, number];
}

/** Parent pid of every process, from /proc/<pid>/stat (field 4, after the parenthesised name). */
function parentTable(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return parents;
}

/** The pid and all its descendants. */
export function processTree(root: number, parents: Map<number, number> = parentTable()): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const tree: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** VmRSS and VmHWM of a process in kB (0 if it is gone). */
function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** Runs `command args` to completion and measures it (see the module comment). */
export function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const useTime = options.timeFile !== undefined && existsSync(GNU_TIME);
  const [file, argv] = useTime
    ? [GNU_TIME, ['-f', '%e %U %S', '-o', options.timeFile!, command, ...args]]
    : [command, [...args]];
  const load0 = loadavg()[0]!;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakRss = 0;
    let peakHwm = 0;
    let samples = 0;
    const seen = new Set<number>();
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        // The GNU time wrapper is not part of the build.
        if (useTime && pid === child.pid) continue;
        const { rss, hwm } = memoryOf(pid);
        if (!rss) continue;
        seen.add(pid);
        sum += rss;
        peakHwm = Math.max(peakHwm, hwm);
      }
      peakRss = Math.max(peakRss, sum);
      samples++;
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    sample();
    let wallMs = 0;
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', () => {
      wallMs = performance.now() - started;
      clearInterval(timer);
    });
    child.on('close', (code) => {
      let cpuMs: number | undefined;
      if (useTime) {
        try {
          // GNU time prints "Command exited with non-zero status N" first when the build fails.
          const line = readFileSync(options.timeFile!, 'utf8').trim().split('\n').at(-1) ?? '';
          const [, user, system] = line.split(' ').map(Number);
          if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user! + system!) * 1000;
        } catch {
          cpuMs = undefined;
        }
        rmSync(options.timeFile!, { force: true });
      }
      resolve({
        code, output, wallMs, cpuMs,
        peakRssMb: peakRss / 1024, peakProcessMb: peakHwm / 1024,
        processes: seen.size, samples, load: [load0, loadavg()[0]!],
      });
    });
  });
}

/** What the build log says about the social cards: `[sitrep] cards: N rendered, M from cache (T s, …)`. */
export interface CardLog {
  rendered: number;
  cached: number;
  /** Wall-clock seconds of the card batch(es), as the build printed them. */
  seconds: number;
  /** Worker threads used by the batch that rendered (0: in-process). */
  workers: number;
  /** How many summary lines were found (0: the build printed none; cards not measured). */
  lines: number;
}

const CARD_LINE = /\[sitrep\] cards: (\d+) rendered, (\d+) from cache \(([\d.]+) s(?:, (\d+) workers?|, in-process)?(?:; [^)]*)?\)/g;

/** Parses every card summary line of a build log (a build may run more than one batch). */
export function parseCardLog(output: string): CardLog {
  const log: CardLog = { rendered: 0, cached: 0, seconds: 0, workers: 0, lines: 0 };
  for (const match of output.matchAll(CARD_LINE)) {
    log.rendered += Number(match[1]);
    log.cached += Number(match[2]);
    log.seconds += Number(match[3]);
    log.workers = Math.max(log.workers, Number(match[4] ?? 0));
    log.lines++;
  }
  return log;
}

/** Pages Astro says it built (`[build] 61 page(s) built in 19.00s`), if it said so. */
export function parsePageCount(output: string): number | undefined {
  const match = /(\d+) page\(s\) built in/.exec(output);
  return match ? Number(match[1]) : undefined;
}

/** The last lines of a failed build's output, for the error message. */
export function tail(output: string, lines = 25): string {
  return output.trimEnd().split('\n').slice(-lines).map((line) => `    ${line}`).join('\n');
}

/** `path` relative to `from`, with forward slashes (Astro's `--config` is resolved against `--root`). */
export function relativeFrom(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}
