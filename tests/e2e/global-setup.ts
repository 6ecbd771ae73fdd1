/**
 * Once per run of the `site` project (tests/e2e and tests/quality): one production build of the
 * sample publication, one `astro preview` server on a free port, one Chromium that every test file
 * connects to. Each is stopped when the run ends (Starlight's __e2e__/test-utils.ts, one level up).
 *
 * Environment:
 * - SITREP_E2E_CONTENT: content folder to build (default `content`, the sample publication).
 * - SITREP_E2E_REUSE=1: build once into tests/.tmp/e2e-reuse/dist and reuse that build on later runs
 *   (quick reruns while editing tests; delete the folder to rebuild). Without it, every run builds
 *   into a fresh tests/.tmp/e2e-XXXXXX/ folder that is removed when the run ends.
 * - CHROMIUM_PATH: the browser to drive (default /usr/bin/chromium).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { BrowserServer } from 'playwright-core';
import { buildSite, cleanEnv, root, scratch, tmpRoot } from '../helpers/build.ts';
import { findChromium, launchChromiumServer } from '../helpers/browser.ts';
import '../helpers/provided.ts';

/** Builds, serves and starts the browser; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const content = path.resolve(root, process.env.SITREP_E2E_CONTENT ?? 'content');
  // Each run builds into a folder of its own, removed at the end: engineers and CI may run the
  // suite side by side. SITREP_E2E_REUSE keeps one fixed build for quick reruns instead.
  const reuse = Boolean(process.env.SITREP_E2E_REUSE);
  const runDir = reuse ? path.join(tmpRoot, 'e2e-reuse') : scratch('e2e');
  const outDir = path.join(runDir, 'dist');

  if (reuse && existsSync(path.join(outDir, 'index.html'))) {
    log(`reusing the build in ${path.relative(root, outDir)}`);
  } else {
    const build = await buildSite({ content, outDir });
    if (build.code !== 0) {
      if (!reuse) rmSync(runDir, { recursive: true, force: true });
      throw new Error(`The site in ${path.relative(root, content) || '.'} did not build (exit ${build.code}):\n${build.output}`);
    }
    log(`built ${path.relative(root, content)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  const port = await freePort();
  const siteUrl = `http://127.0.0.1:${port}`;
  const preview = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules/astro/bin/astro.mjs'), 'preview',
      // The same root and config as the build (tests/helpers/build.ts), so Astro writes nothing shared.
      // (`astro preview` joins --config onto --root, so it must be relative.)
      '--root', runDir, '--config', path.relative(runDir, path.join(root, 'astro.config.mjs')), '--outDir', outDir,
      '--port', String(port), '--host', '127.0.0.1', '--ignore-lock',
    ],
    {
      cwd: root,
      env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', SITREP_CONTENT: content, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // A crashed or killed vitest must not leave the server behind.
  const killPreview = () => preview.kill();
  process.once('exit', killPreview);

  let browserServer: BrowserServer | undefined;
  try {
    await waitForServer(siteUrl, preview);
    const chromium = findChromium();
    if (chromium.found) {
      browserServer = await launchChromiumServer(chromium.executablePath);
      project.provide('browserEndpoint', browserServer.wsEndpoint());
      project.provide('chromiumMissing', '');
    } else {
      project.provide('browserEndpoint', '');
      project.provide('chromiumMissing', chromium.message);
      // Said once here; each browser suite also skips (or, on CI, fails) with the same words.
      log(chromium.fatal ? `${chromium.message} (CI: the browser suites will fail)` : `${chromium.message}: skipping the browser suites`);
    }
  } catch (error) {
    await stop(preview);
    if (!reuse) rmSync(runDir, { recursive: true, force: true });
    throw error;
  }

  project.provide('siteUrl', siteUrl);
  project.provide('distDir', outDir);
  project.provide('contentDir', content);
  log(`serving ${path.relative(root, outDir)} at ${siteUrl}/ (ready after ${((Date.now() - started) / 1000).toFixed(1)} s)`);

  return async () => {
    await browserServer?.close();
    await stop(preview);
    process.off('exit', killPreview);
    if (!reuse) rmSync(runDir, { recursive: true, force: true });
  };
}

function log(message: string): void {
  console.log(`[e2e] ${message}`);
}

/** A port nobody listens on right now, chosen by the system. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls the server until it answers; fails with its output if it exits or takes over 30 s. */
async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`astro preview did not answer at ${url}/ within 30 s:\n${output}`);
}

/** Stops the preview server and waits until it has exited. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
  });
}
