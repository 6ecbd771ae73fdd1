/**
 * The problem cache that `sitrep check` and the build's content check share: a briefing's
 * problems are kept under a key made of its text, everything else it is checked against (the ids
 * and datasets in content/) and the source of the rules themselves, so an unchanged briefing is
 * not compiled and checked again on every run. Any change to the file, to what it refers to or
 * to Sitrep's rules misses the cache and is checked afresh: the result is always what a fresh
 * check reports.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../errors.ts';
import type { ProblemCache } from './check.ts';
import { sitrepCacheDir } from '../environment.ts';

/** The folders whose code decides what a check reports. */
const RULE_SOURCES = ['authoring', 'schemas', 'model', 'markdown'].map((folder) => fileURLToPath(new URL(`../${folder}/`, import.meta.url)));
const RULE_FILES = [fileURLToPath(new URL('../errors.ts', import.meta.url))];

let rules: string | undefined;

/** A hash of the rules' source code: a new Sitrep release, or an edit to it, invalidates every entry. */
function rulesHash(): string {
  if (rules) return rules;
  const hash = createHash('sha256');
  const files = [...RULE_FILES, ...RULE_SOURCES.flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')).sort().map((name) => path.join(dir, name)))];
  for (const file of files) hash.update(file.slice(file.lastIndexOf(`${path.sep}src${path.sep}`))).update('\0').update(readFileSync(file)).update('\0');
  rules = hash.digest('hex');
  return rules;
}

/** The cache under Sitrep's cache root (`<root>/check/`), or `dir`. */
export function fileProblemCache(dir = path.join(sitrepCacheDir(), 'check')): ProblemCache {
  const file = (key: string) => path.join(dir, `${key}.json`);
  return {
    key: (parts) => {
      const hash = createHash('sha256').update(rulesHash());
      for (const part of parts) hash.update('\0').update(part);
      return hash.digest('hex');
    },
    get: (key) => {
      try {
        return JSON.parse(readFileSync(file(key), 'utf8')) as Problem[];
      } catch {
        return undefined;
      }
    },
    set: (key, problems) => {
      try {
        mkdirSync(dir, { recursive: true });
        // Write then rename, so a build stopped half-way never leaves a truncated entry.
        const temp = `${file(key)}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify(problems));
        renameSync(temp, file(key));
      } catch {
        // A cache that cannot be written costs time, never correctness.
      }
    },
  };
}
