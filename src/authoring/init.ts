/**
 * `sitrep init <dir>`: scaffolds a new publication that installs Sitrep as a package. The folder
 * gets package.json (Sitrep and the pinned Node runtime), astro.config.mjs calling `sitrep({…})`,
 * a two-line src/content.config.ts, content/ with one example briefing, author, region and the
 * about page, public/, a .gitignore and a README for its authors. Never overwrites a file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { toSlug } from '../schemas/common.ts';
import { displayPath } from './check.ts';

/** What a new publication is called and where it will be served. */
export interface PublicationSeed {
  /** The publication's name ("Sahel Monitor"). */
  name: string;
  /** npm package name of the publication (a slug of the name by default). */
  packageName: string;
  /** Where the site will be served; a placeholder until the publication has a domain. */
  url: string;
  /** Version range of Sitrep the publication depends on. */
  sitrepVersion: string;
}

const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  devDependencies?: Record<string, string>;
  dependencies?: Record<string, string>;
};

/** The files of a new publication, by path relative to its folder. Pure: writes nothing. */
export function publicationFiles(seed: PublicationSeed): Record<string, string> {
  const devDependencies = Object.fromEntries(['node', '@astrojs/check', '@types/node', 'typescript'].map((name) => [name, PACKAGE.devDependencies?.[name] ?? '*']));
  const packageJson = {
    name: seed.packageName,
    version: '0.1.0',
    private: true,
    type: 'module',
    scripts: {
      dev: 'astro dev',
      build: 'astro build',
      preview: 'astro preview',
      new: 'sitrep new',
      check: 'sitrep check',
    },
    dependencies: { sitrep: seed.sitrepVersion, astro: PACKAGE.dependencies?.astro ?? '*' },
    // Node 24 runs every npm script, whatever Node started npm: Sitrep needs 22.12 or newer.
    devDependencies,
    // npm 11 runs only the install scripts named here: the Node runtime's, not esbuild's optional one.
    allowScripts: { node: true, esbuild: false },
  };
  return {
    'package.json': `${JSON.stringify(packageJson, null, 2)}\n`,
    'astro.config.mjs': `// @ts-check
import { defineConfig } from 'astro/config';
import sitrep from 'sitrep';

export default defineConfig({
  integrations: [
    sitrep({
      name: ${JSON.stringify(seed.name)},
      description: ${JSON.stringify(`Security and geopolitical briefings from ${seed.name}.`)},
      // Where dist/ will be served: canonical URLs, feeds, the sitemap and the social cards use it.
      url: process.env.SITREP_SITE_URL ?? ${JSON.stringify(seed.url)},
      lang: 'en',
      defaultAuthor: 'editorial-desk',
    }),
  ],
});
`,
    'src/content.config.ts': `// The content collections of this publication: Sitrep's, over content/.
export { collections } from 'sitrep/content';
`,
    'tsconfig.json': `${JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', 'src', 'astro.config.mjs'], exclude: ['dist'] }, null, 2)}\n`,
    '.gitignore': 'node_modules/\ndist/\n.astro/\n*.log\n.DS_Store\n',
    'public/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="#1f3a5f"/><path d="M8 22h16M8 16h11M8 10h16" stroke="#faf8f3" stroke-width="3" stroke-linecap="round"/></svg>\n',
    'content/authors/editorial-desk.yaml': `name: ${JSON.stringify(`${seed.name} Editorial Desk`)}\nrole: Editorial desk\nkind: organization\n`,
    'content/actors/jnim.yaml': 'name: JNIM\naliases: [Jama\'at Nusrat al-Islam wal-Muslimin]\nkind: terrorist-organisation\ncountries: [ML, BF, NE]\ndescription: >-\n  The al-Qaeda affiliate in the Sahel, formed in 2017 from a merger of armed groups.\n',
    'content/regions/sahel.yaml': 'name: Sahel\ndescription: >-\n  The semi-arid belt south of the Sahara, from Senegal to Sudan.\n',
    'content/pages/about.mdx': `---
title: About ${seed.name}
description: What ${seed.name} publishes, how it states likelihood and confidence, and how it corrects mistakes.
---

## What this is

Replace this page with a few paragraphs about your publication: who writes it, what it covers,
how it grades its sources and how readers report a mistake.
`,
    'content/briefings/bamako-attack.mdx': EXAMPLE_BRIEFING,
    'README.md': readme(seed.name),
  };
}

const EXAMPLE_BRIEFING = `---
title: JNIM Brings the War to Bamako
dek: An example briefing. Replace it with your own, or delete it once you have published one.
published: 2024-09-20
authors: [editorial-desk]
regions: [sahel]
countries: [ML]
actors: [jnim]
tags: [terrorism]
overview: >-
  Gunmen of the al-Qaeda affiliate JNIM attacked a gendarmerie school and the military airport
  in Bamako on 17 September 2024, killing more than 70 people by a security source's count.
intel:
  - finding: The assault hit two security sites in the capital on the same morning.
    cites: [f24-bamako]
historicalContext:
  - date: 2024-09-17
    reported: 2024-09-19
    title: Attacks on the gendarmerie school and the military airport in Bamako
    place: { name: Bamako, country: ML, lat: 12.64, lon: -8.0 }
    actors: [jnim]
    type: battle
    fatalities: { low: 70, high: 77 }
    cites: [f24-bamako]
strategicImpact:
  - judgement: JNIM will attempt further attacks on state targets in southern Mali within a year.
    likelihood: likely
    confidence: moderate
    cites: [f24-bamako]
sources:
  - id: f24-bamako
    url: https://www.france24.com/en/africa/20240919-major-jihadist-attack-in-mali-s-capital-killed-more-than-70-security-source-says-jnim-bamako-al-qaeda
    title: Major jihadist attack in Mali's capital killed more than 70, security source says
    publisher: France 24
    published: 2024-09-19
    reliability: B
---

## Overview

By the count France 24 had from a security source, the attack on Bamako left more than 70
dead.[^f24-bamako]

## Historical Context

<Timeline />

<EventMap />

## Final Thoughts

This file shows the house structure. \`npx sitrep new "Title"\` writes a new briefing with every
field, and \`npm run check\` tells you what is left to fill in.
`;

function readme(name: string): string {
  return `# ${name}

A publication built with [Sitrep](https://www.npmjs.com/package/sitrep): each briefing is one MDX
file in \`content/briefings/\`, and \`npm run build\` writes the site into \`dist/\`.

## Commands

| command | what it does |
| --- | --- |
| \`npm install\` | installs Sitrep, Astro and the pinned Node runtime |
| \`npm run dev\` | preview at http://localhost:4321, with drafts |
| \`npm run build\` | the production site in \`dist/\` |
| \`npm run new -- "Title"\` | a new briefing with every field |
| \`npm run check\` | every problem in \`content/\`, with file, line and hint |
| \`npm update sitrep\` | takes Sitrep's fixes and features; your content and options stay as they are |

## Where things are

- \`content/briefings/\`: the briefings. The file name is the URL.
- \`content/authors/\`, \`content/regions/\`, \`content/actors/\`: the people, regions and actors briefings refer to by id.
- \`content/data/\`: CSV or JSON datasets for \`<BarChart>\` and \`<LineChart>\`.
- \`content/pages/about.mdx\`: the About page.
- \`astro.config.mjs\`: the publication's name, URL and other options of \`sitrep({ … })\`.
`;
}

const USAGE = `Usage: sitrep init <folder> [--name "Publication name"] [--url https://…/]

Creates a new Sitrep publication in <folder> (which must be empty or not exist yet), with an
example briefing, author, region and about page. Then:
  cd <folder> && npm install && npm run build
`;

/** Runs `sitrep init` with the command line's arguments; resolves with the exit status. */
export async function run(argv: readonly string[]): Promise<number> {
  let values: { name?: string | undefined; url?: string | undefined; help?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { name: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    process.stderr.write(`sitrep init: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [target] = positionals;
  if (!target || positionals.length > 1) {
    process.stderr.write(`sitrep init: expected one folder; got ${positionals.length ? positionals.join(' ') : 'none'}.\n\n${USAGE}`);
    return 2;
  }
  const dir = path.resolve(target);
  if (existsSync(dir) && readdirSync(dir).length) {
    process.stderr.write(`sitrep init: ${displayPath(dir, process.cwd())} is not empty.\n  Hint: choose a new folder; init never overwrites files.\n`);
    return 1;
  }
  const name = values.name ?? titleFromFolder(path.basename(dir));
  const files = publicationFiles({
    name,
    packageName: toSlug(path.basename(dir)) || 'publication',
    url: values.url ?? 'https://briefings.example.org/',
    sitrepVersion: `^${PACKAGE.version}`,
  });
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text, { flag: 'wx' });
  }
  process.stdout.write(`Created the publication "${name}" in ${displayPath(dir, process.cwd())}.

Next:
  cd ${displayPath(dir, process.cwd())}
  npm install
  npm run build     the site in dist/
  npm run dev       a preview at http://localhost:4321
`);
  return 0;
}

/** "sahel-monitor" → "Sahel Monitor". */
function titleFromFolder(folder: string): string {
  const words = folder.split(/[-_\s]+/).filter(Boolean);
  return words.length ? words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') : 'Briefings';
}
