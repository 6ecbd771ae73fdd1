/**
 * Sitrep as a publication installs it: `npm pack` this repository, `sitrep init` a publication in
 * a fresh folder outside it, install the packed tarball there (npm's cache keeps that quick and
 * offline), and build. The built site must have its pages, feeds and cards; a publication's own
 * header and style sheet replace Sitrep's through the options; and a content mistake fails the
 * build with a message located in the publication's own files.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, root } from '../helpers/build.ts';
import { pngSize } from '../helpers/png.ts';

let work: string;
let publication: string;

/** The environment of an author's shell: none of vitest's or npm's variables from this run. */
function authorEnv(): NodeJS.ProcessEnv {
  const env = cleanEnv();
  for (const key of Object.keys(env)) if (key.startsWith('npm_')) delete env[key];
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env: authorEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function build(): SpawnSyncReturns<string> {
  return run('npm', ['run', 'build'], publication);
}

const read = (file: string) => readFileSync(path.join(publication, 'dist', file), 'utf8');

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sitrep-package-'));
  const pack = run('npm', ['pack', '--pack-destination', work, '--json'], root);
  expect(pack.status, pack.stderr).toBe(0);
  const tarball = path.join(work, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename);

  publication = path.join(work, 'sahel-monitor');
  const init = run(process.execPath, [path.join(root, 'src/bin.mjs'), 'init', publication, '--name', 'Sahel Monitor'], work);
  expect(init.status, init.stderr).toBe(0);
  expect(init.stdout).toContain('Created the publication "Sahel Monitor"');

  const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], publication);
  expect(install.status, install.stderr).toBe(0);
}, 600_000);

afterAll(() => {
  if (work && !process.env.SITREP_KEEP_SCRATCH) rmSync(work, { recursive: true, force: true });
});

describe('a publication that installs Sitrep', () => {
  it('is scaffolded with its own package, config, content and README', () => {
    const pkg = JSON.parse(readFileSync(path.join(publication, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.dependencies.sitrep).toMatch(/^file:.*sitrep-\d+\.\d+\.\d+\.tgz$/);
    expect(pkg.devDependencies.node).toMatch(/^\^2[2-9]\./);
    expect(readFileSync(path.join(publication, 'src/content.config.ts'), 'utf8')).toContain("export { collections } from 'sitrep/content';");
    expect(readFileSync(path.join(publication, 'astro.config.mjs'), 'utf8')).toMatch(/sitrep\(\{[\s\S]*name: "Sahel Monitor"/);
    for (const file of ['content/briefings/bamako-attack.mdx', 'content/authors/editorial-desk.yaml', 'content/regions/sahel.yaml', 'content/pages/about.mdx', 'public/favicon.svg', '.gitignore', 'README.md']) {
      expect(existsSync(path.join(publication, file)), file).toBe(true);
    }
    // Sitrep itself lives in node_modules, not in the publication's folder.
    expect(existsSync(path.join(publication, 'node_modules/sitrep/src/index.ts'))).toBe(true);
    expect(existsSync(path.join(publication, 'src/routes'))).toBe(false);
  });

  it('passes `npm run check` (sitrep check from node_modules, then astro check) as scaffolded', () => {
    const result = run('npm', ['run', 'check'], publication);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/No problems \(5 content files in content\)/);
    expect(result.stdout).toMatch(/- 0 errors/);
  });

  it('builds its pages, feeds and social cards from node_modules/sitrep', () => {
    const result = build();
    expect(result.status, result.stdout + result.stderr).toBe(0);

    const page = parse(read('briefings/bamako-attack/index.html'));
    expect(page.querySelector('h1')?.text).toBe('JNIM Brings the War to Bamako');
    expect(page.querySelector('.site-name')?.text).toBe('Sahel Monitor');
    expect(page.querySelectorAll('figure svg').length).toBeGreaterThanOrEqual(2);
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://briefings.example.org/briefings/bamako-attack/');
    expect(parse(read('actors/jnim/index.html')).querySelector('h1')?.text).toBe('JNIM');

    const rss = parseFeed(read('rss.xml'));
    expect(rss.title).toBe('Sahel Monitor');
    expect(rss.items.map((item) => item.title)).toEqual(['JNIM Brings the War to Bamako']);
    expect(rss.items[0]!.content).toContain('more than 70');
    expect(parseFeed(read('regions/sahel/rss.xml')).items).toHaveLength(1);

    const card = page.querySelector('meta[property="og:image"]')?.getAttribute('content');
    expect(card).toBe('https://briefings.example.org/cards/briefings/bamako-attack.png');
    expect(pngSize(readFileSync(path.join(publication, 'dist', new URL(card!).pathname)))).toEqual({ width: 1200, height: 630 });
    expect(readdirSync(path.join(publication, 'dist/cards')).length).toBeGreaterThan(3);
    expect(read('sitemap-0.xml')).toContain('<loc>https://briefings.example.org/briefings/bamako-attack/</loc>');
  });

  it('replaces the header and adds its own styles through the options, without copying Sitrep files', () => {
    writeFileSync(path.join(publication, 'src/MastHead.astro'), '---\nconst { path } = Astro.props;\n---\n<header class="masthead"><a href="/">Sahel Monitor</a> <span data-path={path}>house masthead</span></header>\n');
    writeFileSync(path.join(publication, 'src/house.css'), ':root { --house-test-marker: 1; }\n');
    const config = path.join(publication, 'astro.config.mjs');
    const original = readFileSync(config, 'utf8');
    writeFileSync(config, original.replace("defaultAuthor: 'editorial-desk',", "defaultAuthor: 'editorial-desk',\n      components: { Header: './src/MastHead.astro' },\n      customCss: ['./src/house.css'],"));
    try {
      const result = build();
      expect(result.status, result.stdout + result.stderr).toBe(0);
      const page = parse(read('briefings/bamako-attack/index.html'));
      expect(page.querySelector('.masthead [data-path]')?.getAttribute('data-path')).toBe('/briefings/bamako-attack/');
      expect(page.querySelector('.site-header')).toBeNull();
      const css = page.querySelectorAll('link[rel="stylesheet"]').map((link) => read(link.getAttribute('href')!.slice(1))).join('\n');
      expect(css).toContain('--house-test-marker');
    } finally {
      writeFileSync(config, original);
    }
  });

  it('fails a build on a content mistake with the publication file, line and a hint, and keeps no stack trace', () => {
    const file = path.join(publication, 'content/briefings/bamako-attack.mdx');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('countries: [ML]', 'countries: [MLI]'));
    try {
      const result = build();
      const output = result.stdout + result.stderr;
      expect(result.status).not.toBe(0);
      expect(output).toContain('content/briefings/bamako-attack.mdx:7:');
      expect(output).toMatch(/countries\[0\]: expected an ISO 3166-1 alpha-2 country code; got "MLI"/);
      expect(output).toMatch(/Hint: did you mean "ML"\?/);
      expect(output).not.toMatch(/^\s+at .+\(.*node_modules.*\)$/m);
      expect(output).not.toContain('Stack trace');
    } finally {
      writeFileSync(file, original);
    }
  });
});
