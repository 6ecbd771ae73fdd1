/**
 * Builds a site with the project's own code and a fixture's `content/`, the way `npm run build`
 * does, into a scratch folder under tests/.tmp/. Each build gets its own output, Astro cache
 * and card cache, so suites can build in parallel without sharing state.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const tmpRoot = path.join(root, 'tests/.tmp');

export interface BuildResult {
  code: number | null;
  /** stdout and stderr, interleaved as printed. */
  output: string;
  outDir: string;
}

export interface BuildOptions {
  /** Content folder (absolute, or relative to the project root). */
  content: string;
  /** Extra environment (SITREP_NOW, SITREP_DRAFTS…). */
  env?: Record<string, string>;
  /** Output folder; a fresh one under tests/.tmp/ by default. */
  outDir?: string;
  /** Extra CLI arguments for `astro build`. */
  args?: string[];
  /** Leave what `outDir` holds from an earlier build, as a deploy folder would (default: start empty). */
  keepOutDir?: boolean;
}

/** A fresh scratch folder under tests/.tmp/. */
export function scratch(prefix: string): string {
  mkdirSync(tmpRoot, { recursive: true });
  return mkdtempSync(path.join(tmpRoot, `${prefix}-`));
}

/** Copies a fixture's content folder to a scratch folder, so a test can break one file of it. */
export function copyContent(fixture: string): string {
  const dir = path.join(scratch('content'), 'content');
  cpSync(path.resolve(root, fixture), dir, { recursive: true });
  return dir;
}

/** Runs `astro build` on Node 24 (this process's runtime) and resolves with its exit code and output. */
export function buildSite(options: BuildOptions): Promise<BuildResult> {
  const outDir = options.outDir ?? path.join(scratch('dist'), 'dist');
  const cacheDir = path.join(path.dirname(outDir), '.cache');
  if (!options.keepOutDir) rmSync(outDir, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build',
        // A root of its own keeps this build's generated `.astro/` folder apart from other builds'.
        '--root', path.dirname(outDir), '--config', path.relative(path.dirname(outDir), path.join(root, 'astro.config.mjs')),
        '--outDir', outDir, ...(options.args ?? []),
      ],
      {
        cwd: root,
        env: {
          ...cleanEnv(),
          ASTRO_TELEMETRY_DISABLED: '1',
          SITREP_CONTENT: path.resolve(root, options.content),
          SITREP_CACHE_DIR: path.join(cacheDir, 'sitrep'),
          SITREP_ASTRO_CACHE: path.join(cacheDir, 'astro'),
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          ...options.env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output, outDir }));
  });
}

/**
 * This process's environment without what vitest adds (NODE_ENV=test, DEV, PROD, MODE…): Astro
 * would read those as a development build, showing drafts.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}
