/**
 * Global setup of the `node` project: when the run ends, removes the scratch folders its suites
 * made under tests/.tmp/ (fixture copies, whole-site builds), so runs do not pile up hundreds of
 * megabytes. The browser suites' build (`e2e-…`) is theirs to remove (tests/e2e/global-setup.ts),
 * and may still be in use. Folders an earlier run left behind (an interrupted run, or one with
 * SITREP_KEEP_SCRATCH=1, which keeps everything for a post-mortem) go once they are an hour old.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { tmpRoot } from './build.ts';

export default function setup(): () => void {
  const before = new Set(list());
  return () => {
    if (process.env.SITREP_KEEP_SCRATCH) return;
    for (const name of list()) {
      if (name.startsWith('e2e') || (before.has(name) && !stale(name))) continue;
      rmSync(path.join(tmpRoot, name), { recursive: true, force: true });
    }
  };
}

const HOUR = 3_600_000;

function stale(name: string): boolean {
  try {
    return Date.now() - statSync(path.join(tmpRoot, name)).mtimeMs > HOUR;
  } catch {
    return false;
  }
}

function list(): string[] {
  try {
    return readdirSync(tmpRoot);
  } catch {
    return [];
  }
}
