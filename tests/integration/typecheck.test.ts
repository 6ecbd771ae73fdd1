/**
 * `npm run check` on the sample publication as a maintainer runs it: the content with the build's
 * rules, then `astro check` over every page, component and module of Sitrep. A type error
 * anywhere (or a declaration file TypeScript silently leaves out) fails here, not in a user's
 * editor.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, root } from '../helpers/build.ts';

describe('npm run check on this repository', () => {
  it('finds no content problem and no type error', () => {
    const result = spawnSync(process.execPath, [path.join(root, 'src/bin.mjs'), 'check'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...cleanEnv(), NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = result.stdout + result.stderr;
    expect(result.status, output).toBe(0);
    expect(output).toMatch(/- 0 errors/);
    expect(output).toMatch(/No problems \(\d+ content files in content\)/);
  });
});
