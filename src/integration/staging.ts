/**
 * A failed build never touches the last good site. `astro build` writes into a staging folder
 * beside the output folder (`dist.staging/` for `dist/`, or for whatever `--outDir` names), and
 * the output folder is replaced by it only once the whole build has succeeded: every page, card
 * and feed, and every integration's `astro:build:done` before this one's, the search index
 * included. A build that fails on content, a chart, a card or Pagefind exits non-zero and leaves
 * the output folder byte for byte as it was; its staging folder is removed when the process exits.
 *
 * Astro empties its `outDir` at the start of every build (keeping `.git`, for deploy checkouts),
 * so the staging folder is what Astro sees as `outDir`; the incremental build cache lives in
 * `cacheDir` and restores pages from there, so it works the same. `astro dev` and `astro preview`
 * are untouched: preview serves the output folder, which only ever holds a finished build.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Entries of an output folder that belong to the deployer, not to the build: kept across the swap, as Astro's own emptying keeps them. */
const KEPT = ['.git'];

/** The staging folder of an output folder: a sibling named `<name>.staging`. */
export function stagingDirFor(outDir: string): string {
  const resolved = path.resolve(outDir);
  return path.join(path.dirname(resolved), `${path.basename(resolved)}.staging`);
}

/**
 * Replaces `outDir` by `staged`. Two renames, so the output folder is missing only between them,
 * never half-written; a previous output's `.git` moves into the new one. Where the output folder
 * cannot be renamed (a mount point), its entries are replaced one by one instead.
 */
export function replaceOutput(staged: string, outDir: string): void {
  if (!existsSync(outDir)) {
    renameSync(staged, outDir);
    return;
  }
  for (const name of KEPT) moveIfPresent(path.join(outDir, name), path.join(staged, name));
  const previous = `${outDir}.previous`;
  rmSync(previous, { recursive: true, force: true });
  try {
    renameSync(outDir, previous);
  } catch {
    replaceEntries(staged, outDir);
    return;
  }
  try {
    renameSync(staged, outDir);
  } catch (error) {
    renameSync(previous, outDir);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

function moveIfPresent(from: string, to: string): void {
  if (!existsSync(from) || existsSync(to)) return;
  renameSync(from, to);
}

/** The fallback of `replaceOutput`: the output folder stays, its entries are swapped for the staged ones. */
function replaceEntries(staged: string, outDir: string): void {
  for (const name of readdirSync(outDir)) {
    if (!KEPT.includes(name)) rmSync(path.join(outDir, name), { recursive: true, force: true });
  }
  for (const name of readdirSync(staged)) renameSync(path.join(staged, name), path.join(outDir, name));
  rmSync(staged, { recursive: true, force: true });
}

/**
 * The integration. `sitrep()` adds it last, after the search index, so that the swap is the last
 * step of the build; an integration a publication adds after Sitrep runs its `astro:build:done`
 * before the swap, on the staging folder it is given as `dir`.
 */
export function stagingIntegration(): AstroIntegration {
  let outDir: string | undefined;
  let staged: string | undefined;
  const cleanUp = () => {
    if (staged) rmSync(staged, { recursive: true, force: true });
  };
  return {
    name: 'sitrep:staging',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = path.resolve(fileURLToPath(config.outDir));
        staged = stagingDirFor(outDir);
        // A staging folder left by a build that was killed is of no use to anyone.
        rmSync(staged, { recursive: true, force: true });
        updateConfig({ outDir: pathToFileURL(`${staged}${path.sep}`) });
        // Whatever ends the build before the swap (an error, Ctrl-C), the half-written folder goes.
        process.once('exit', cleanUp);
      },
      'astro:build:done': ({ logger }) => {
        if (!outDir || !staged) return;
        replaceOutput(staged, outDir);
        process.removeListener('exit', cleanUp);
        logger.info(`the build is complete: ${path.basename(staged)}/ replaced ${path.basename(outDir)}/`);
      },
    },
  };
}
