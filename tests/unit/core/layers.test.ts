/**
 * The direction of imports (.dependency-cruiser.cjs), checked with dependency-cruiser on src/:
 * the model is pure, charts are pure, nothing imports a route, no cycles. A fixture model module
 * that reads a file and queries Astro shows the rules do fail when broken.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../../helpers/build.ts';

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** dependency-cruiser's violations for `src/` under `cwd`, with the project's rules. */
function violations(cwd: string): Violation[] {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs'), 'src', '--config', path.join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  // It exits with the number of errors; a crash leaves no JSON on stdout.
  expect(result.stdout, result.stderr).toMatch(/^\{/);
  const report = JSON.parse(result.stdout) as { summary: { violations: Violation[]; totalCruised: number } };
  expect(report.summary.totalCruised).toBeGreaterThan(0);
  return report.summary.violations;
}

const shown = (list: readonly Violation[]) => list.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

describe('layers', () => {
  it('src/ imports only downwards: pure model and charts, no route imported, no cycle', () => {
    expect(shown(violations(root))).toEqual([]);
  });

  it('the rules fail on a model module that reads files, queries Astro or reaches into the pages', () => {
    expect(shown(violations(path.join(root, 'tests/fixtures/layers')))).toEqual([
      'model-imports-only-pure-modules: src/model/leaky.ts → src/render/helper.ts',
      'model-is-pure: src/model/leaky.ts → astro:content',
      'model-is-pure: src/model/leaky.ts → fs',
    ]);
  });

  it('the model reads no environment: no process.env or import.meta.env in src/model/ and src/schemas/', () => {
    const readers = [...files(path.join(root, 'src/model')), ...files(path.join(root, 'src/schemas'))]
      .filter((file) => /process\.env|import\.meta\.env/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(readers).toEqual([]);
  });
});
