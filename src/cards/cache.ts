/**
 * Content-addressed cache of rendered cards. A card's key is the sha256 of its data (canonical
 * JSON) and of the renderer's fingerprint: TEMPLATE_VERSION, the font files' bytes, the world
 * atlas and the satori/resvg versions. Same key, same PNG, so a rebuild with no content change
 * renders nothing. The folder lives outside dist/ (CI can cache it) and files are written to a
 * temporary name and renamed, so an interrupted build never leaves a half-written PNG behind.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { sitrepCacheDir } from '../environment.ts';
import { canonicalJson } from '../model/canonical-json.ts';
import { fontsHash } from './fonts.ts';
import { TEMPLATE_VERSION, type CardData } from './template.ts';

const require = createRequire(import.meta.url);

/** The card cache folder: `cards/` under Sitrep's cache root (src/integration/cache-dir.ts). */
export function cardCacheDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return path.join(sitrepCacheDir(env, cwd), 'cards');
}

function packageVersion(name: string): string {
  try {
    const file = require.resolve(`${name}/package.json`);
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

let fingerprint: string | undefined;

/** Hash of everything besides the data that decides a card's pixels; computed once per process. */
export function rendererFingerprint(): string {
  if (!fingerprint) {
    const atlas = readFileSync(require.resolve('world-atlas/countries-110m.json'));
    fingerprint = createHash('sha256')
      .update(`template:${TEMPLATE_VERSION}\0`)
      .update(`fonts:${fontsHash()}\0`)
      .update('atlas:').update(atlas as Uint8Array).update('\0')
      .update(`satori:${packageVersion('satori')}\0resvg:${packageVersion('@resvg/resvg-js')}`)
      .digest('hex');
  }
  return fingerprint;
}

/** The cache key of a card. */
export function cardKey(data: CardData, renderer: string = rendererFingerprint()): string {
  return createHash('sha256').update(renderer).update('\0').update(canonicalJson(data)).digest('hex');
}

/** A folder of `<key>.png` files (sharded by the key's first two hex digits). */
export class CardCache {
  /** The folder (created on first write). */
  readonly dir: string;

  constructor(dir: string = cardCacheDir()) {
    this.dir = dir;
  }

  /** Where a key's PNG lives. */
  file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.png`);
  }

  /** The cached PNG, or undefined. A hit refreshes the file's mtime, which `prune` reads as "last used". */
  async read(key: string): Promise<Uint8Array | undefined> {
    const file = this.file(key);
    try {
      const png = await readFile(file);
      const now = new Date();
      await utimes(file, now, now).catch(() => undefined);
      return png;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** True when the key is cached; like `read`, a hit refreshes the file's mtime. */
  async has(key: string): Promise<boolean> {
    const now = new Date();
    try {
      await utimes(this.file(key), now, now);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** Stores a PNG atomically: write a temporary file beside it, then rename over the final name. */
  async write(key: string, png: Uint8Array): Promise<void> {
    const file = this.file(key);
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}-${threadId}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(tmp, png);
      await rename(tmp, file);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  /**
   * Deletes cards that this build did not use and nobody used for `maxAgeDays`, and temporary
   * files left by interrupted builds. Never touches a key in `keep`.
   */
  async prune(keep: ReadonlySet<string>, maxAgeDays = 30): Promise<number> {
    const cutoff = Date.now() - maxAgeDays * 86_400_000;
    const tmpCutoff = Date.now() - 86_400_000;
    let removed = 0;
    let shards: string[];
    try {
      shards = await readdir(this.dir);
    } catch {
      return 0;
    }
    for (const shard of shards) {
      const dir = path.join(this.dir, shard);
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        continue;
      }
      for (const name of names) {
        const file = path.join(dir, name);
        const isTmp = name.endsWith('.tmp');
        if (!isTmp && (!name.endsWith('.png') || keep.has(name.slice(0, -4)))) continue;
        const info = await stat(file).catch(() => undefined);
        if (info && info.mtimeMs < (isTmp ? tmpCutoff : cutoff)) {
          await rm(file, { force: true });
          removed++;
        }
      }
    }
    return removed;
  }
}
