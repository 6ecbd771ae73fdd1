/**
 * The fonts a card may use, all read from the bundled @fontsource packages (WOFF: satori reads
 * WOFF/TTF/OTF), never from the system or the network, so a card renders the same everywhere.
 * Each family is loaded in every subset it ships (latin, latin-ext, cyrillic, greek, vietnamese),
 * and Noto Sans comes last as the fallback for characters the two house faces lack.
 *
 * Satori keeps ONE font per family name (the best weight match), so the subsets of a family
 * cannot share a name: each subset is registered as its own family ("Inter latin-ext") and the
 * template asks for the whole stack via `fontStack()`. Satori then takes each character from the
 * first font in the stack that has a glyph for it, and from any other loaded font after that.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Font, FontWeight } from 'satori';

const require = createRequire(import.meta.url);

/** The families the template may ask for. */
export const FONT_FAMILY = {
  serif: 'Source Serif 4',
  sans: 'Inter',
  fallback: 'Noto Sans',
} as const;
export type FontRole = 'serif' | 'sans';

interface FontSpec {
  /** npm package holding the files. */
  pkg: string;
  /** File-name prefix inside `<pkg>/files/`. */
  prefix: string;
  family: string;
  weights: readonly FontWeight[];
  subsets: readonly string[];
  /** True for fallbacks that a deployment may add; missing packages are skipped. */
  optional?: boolean;
}

/**
 * The manifest. Order matters: satori looks for a glyph in the family the style names, then in
 * the other fonts in this order, so Noto Sans only fills gaps.
 */
export const FONT_SPECS: readonly FontSpec[] = [
  { pkg: '@fontsource/source-serif-4', prefix: 'source-serif-4', family: FONT_FAMILY.serif, weights: [600], subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'] },
  { pkg: '@fontsource/inter', prefix: 'inter', family: FONT_FAMILY.sans, weights: [400, 600], subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] },
  { pkg: '@fontsource/noto-sans', prefix: 'noto-sans', family: FONT_FAMILY.fallback, weights: [400, 600], subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese', 'devanagari'] },
  // Arabic script: present only if the deployment installs the package (not a dependency today).
  { pkg: '@fontsource/noto-sans-arabic', prefix: 'noto-sans-arabic', family: 'Noto Sans Arabic', weights: [400, 600], subsets: ['arabic'], optional: true },
];

/** One font file as loaded: satori's font options plus where it came from. */
export interface LoadedFont extends Font {
  file: string;
}

function packageDir(pkg: string): string | undefined {
  try {
    return path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    return undefined;
  }
}

/** Name under which one subset of a family is registered with satori. */
function subsetFamily(family: string, subset: string): string {
  return subset === 'latin' ? family : `${family} ${subset}`;
}

interface FontFile {
  file: string;
  /** Registered family name (family plus subset). */
  name: string;
  weight: FontWeight;
}

/** Absolute paths of every font file in the manifest (skipping absent optional packages). */
export function fontFiles(): FontFile[] {
  if (files) return files;
  files = [];
  for (const spec of FONT_SPECS) {
    const dir = packageDir(spec.pkg);
    if (!dir) {
      if (spec.optional) continue;
      throw new Error(`Card font package ${spec.pkg} is missing. Hint: run npm install; cards use only bundled fonts.`);
    }
    for (const weight of spec.weights) {
      for (const subset of spec.subsets) {
        files.push({ file: path.join(dir, 'files', `${spec.prefix}-${subset}-${weight}-normal.woff`), name: subsetFamily(spec.family, subset), weight });
      }
    }
  }
  return files;
}

let files: FontFile[] | undefined;
let loaded: LoadedFont[] | undefined;

/** Reads every card font once per process (each worker thread has its own copy). */
export function loadFonts(): LoadedFont[] {
  loaded ??= fontFiles().map(({ file, name, weight }) => ({
    name,
    data: readFileSync(file),
    weight,
    style: 'normal' as const,
    file,
  }));
  return loaded;
}

/** sha256 over the font files' bytes, in manifest order: part of every card's cache key. */
export function fontsHash(): string {
  const hash = createHash('sha256');
  for (const font of loadFonts()) hash.update(path.basename(font.file)).update(font.data as Uint8Array);
  return hash.digest('hex');
}

/**
 * The `fontFamily` list for a role: the house face in all its subsets, then the fallbacks, so a
 * character is drawn in the house face when it has it and never as a missing-glyph box otherwise.
 */
export function fontStack(role: FontRole): string {
  const primary = FONT_FAMILY[role];
  const names = [...new Set(fontFiles().map((f) => f.name))];
  const own = names.filter((name) => name === primary || name.startsWith(`${primary} `));
  // A CSS-style list: satori splits it on commas (an array is not accepted).
  return [...own, ...names.filter((name) => !own.includes(name))].join(', ');
}
