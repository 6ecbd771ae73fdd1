/**
 * Golden SVG files for chart tests (Observable Plot's snapshot habit): the SVG is normalised (ids
 * renumbered, one element per line, indented) and compared with
 * tests/fixtures/charts/golden/<test-name>.svg. Locally a missing file is written and
 * UPDATE_GOLDEN=1 rewrites them all; under CI (`CI` set, as every CI service does) both fail the
 * test instead, so a golden that was never committed cannot pass by being written on the spot.
 * Review golden diffs like code.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const dir = fileURLToPath(new URL('../fixtures/charts/golden/', import.meta.url));

/** Renumbers ids in order of appearance (`id-1`, `id-2`…) and every reference to them. */
export function renumberIds(svg: string): string {
  const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
  const map = new Map<string, string>();
  for (const id of ids) if (!map.has(id)) map.set(id, `id-${map.size + 1}`);
  let out = svg.replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${map.get(id)}"`);
  out = out.replace(/url\(#([^)]+)\)/g, (m, id: string) => (map.has(id) ? `url(#${map.get(id)})` : m));
  out = out.replace(/aria-labelledby="([^"]+)"/g, (_m, list: string) => `aria-labelledby="${list.split(/\s+/).map((id) => map.get(id) ?? id).join(' ')}"`);
  return out.replace(/href="#([^"]+)"/g, (m, id: string) => (map.has(id) ? `href="#${map.get(id)}"` : m));
}

/** Rounds any number with more than one decimal (belt and braces: charts already round). */
export function roundNumbers(svg: string): string {
  return svg.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
}

/** One element per line, indented by depth; text content stays on its element's line. */
export function prettySvg(svg: string): string {
  const tokens = svg.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.startsWith('</')) {
      depth--;
      lines.push(`${'  '.repeat(depth)}${t}`);
    } else if (t.startsWith('<') && t.endsWith('/>')) {
      lines.push(`${'  '.repeat(depth)}${t}`);
    } else if (t.startsWith('<')) {
      // <text>…</text> and <title>…</title>: keep the text on the same line.
      const next = tokens[i + 1];
      const close = tokens[i + 2];
      if (next !== undefined && !next.startsWith('<') && close?.startsWith('</')) {
        lines.push(`${'  '.repeat(depth)}${t}${next}${close}`);
        i += 2;
      } else {
        lines.push(`${'  '.repeat(depth)}${t}`);
        depth++;
      }
    } else if (t.trim()) {
      lines.push(`${'  '.repeat(depth)}${t}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The normalised form stored in golden files. */
export function normaliseSvg(svg: string): string {
  return prettySvg(roundNumbers(renumberIds(svg)));
}

/** File name for a test name: lowercase, hyphenated. */
export function goldenName(testName: string): string {
  return testName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** True on a CI service: `CI` is set to anything but `false` or `0` (the convention vitest follows). */
function onCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/**
 * Compares `svg` with the golden file named after the test. Locally it writes the file when it is
 * missing or UPDATE_GOLDEN=1; under CI either case fails with what to do.
 */
export function expectGolden(testName: string, svg: string): void {
  const file = path.join(dir, `${goldenName(testName)}.svg`);
  const shown = path.relative(process.cwd(), file);
  const actual = normaliseSvg(svg);
  const update = process.env.UPDATE_GOLDEN === '1';
  if (onCi() && (update || !existsSync(file))) {
    throw new Error(update
      ? `UPDATE_GOLDEN=1 is refused under CI: it would accept ${shown} without review. Update goldens locally and commit them.`
      : `golden ${shown} is missing. Run this test locally (without CI=true) to create it, review the SVG, and commit it.`);
  }
  if (update || !existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `golden ${shown} differs (UPDATE_GOLDEN=1 to accept)`).toBe(readFileSync(file, 'utf8'));
}
