/**
 * The publication a `sitrep` command runs in: its options, read from the `sitrep({ … })` call in
 * its astro.config.mjs, as the build reads them. Commands that only read content (check) do not
 * need them; `sitrep new` takes its default author from them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SiteConfig } from '../options.ts';

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

/** The resolved options of the publication at `root`, or undefined if it has no config calling sitrep(). */
export async function loadProjectOptions(root: string): Promise<SiteConfig | undefined> {
  const file = CONFIG_FILES.map((name) => path.join(root, name)).find((candidate) => existsSync(candidate));
  if (!file) return undefined;
  const config = ((await import(pathToFileURL(file).href)) as { default?: { integrations?: unknown[] } }).default;
  for (const integration of (config?.integrations ?? []).flat()) {
    if (integration && typeof integration === 'object' && 'sitrepOptions' in integration) return (integration as { sitrepOptions: SiteConfig }).sitrepOptions;
  }
  return undefined;
}
