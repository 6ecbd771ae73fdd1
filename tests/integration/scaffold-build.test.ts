/**
 * The skeleton of `npm run new` must build as it is, not only pass check: one real `astro build`
 * of a content folder holding a fresh scaffold (and a draft one, which production leaves out).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, root, scratch } from '../helpers/build.ts';

describe('npm run new → astro build', () => {
  it('builds the scaffolded briefing, with its citation linked and the draft left out', async () => {
    const base = scratch('scaffold-build');
    const content = path.join(base, 'content');
    mkdirSync(path.join(content, 'authors'), { recursive: true });
    mkdirSync(path.join(content, 'regions'), { recursive: true });
    writeFileSync(path.join(content, 'authors/editorial-desk.yaml'), 'name: Editorial Desk\n');
    writeFileSync(path.join(content, 'regions/sahel.yaml'), 'name: Sahel\n');
    cpSync(path.join(root, 'tests/fixtures/authoring/valid/content/pages'), path.join(content, 'pages'), { recursive: true });
    const env = { ...process.env, SITREP_CONTENT: content, SITREP_NOW: '2025-03-04T10:00:00Z' };
    for (const args of [['Trouble in the Sahel'], ['Work in progress', '--draft']]) {
      const result = spawnSync(process.execPath, [path.join(root, 'src/bin.mjs'), 'new', ...args], { cwd: root, env, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
    }

    const build = await buildSite({ content, outDir: path.join(base, 'dist'), env: { SITREP_NOW: '2025-03-05T00:00:00Z' } });
    expect(build.code, build.output).toBe(0);
    const html = readFileSync(path.join(build.outDir, 'briefings/trouble-in-the-sahel/index.html'), 'utf8');
    expect(html).toContain('Trouble in the Sahel');
    expect(html).toMatch(/href="#source-replace-me"/);
    expect(existsSync(path.join(build.outDir, 'briefings/work-in-progress/index.html'))).toBe(false);
  });
});
