/**
 * Finds and starts the Chromium the browser suites drive: Debian's package, never a downloaded
 * build. A missing browser skips those suites on a developer's machine and fails them on CI.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The one message for a missing browser, shown when the suites skip or fail. */
export const CHROMIUM_MISSING = 'Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH';

/**
 * Flags for a headless, sandbox-less (root in CI) Chromium that stays off the network: without the
 * background-networking flags it calls Google's hosts at every start, and this machine refuses them.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether a missing browser is found, or skips the suites (locally), or fails them (CI). */
export type ChromiumStatus =
  | { found: true; executablePath: string }
  | { found: false; message: string; fatal: boolean };

/** Looks for Chromium at CHROMIUM_PATH, else at Debian's path. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumStatus {
  const wanted = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (existsSync(wanted)) return { found: true, executablePath: wanted };
  const where = env.CHROMIUM_PATH ? ` (CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist)` : '';
  return { found: false, message: `${CHROMIUM_MISSING}${where}`, fatal: isCI(env) };
}

/** CI sets CI=true; any value but "" and "false" counts. */
export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.CI) && env.CI !== 'false' && env.CI !== '0';
}

/** Starts one browser that every test file connects to (see `connectChromium`). */
export function launchChromiumServer(executablePath: string): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Connects to the shared browser started by `launchChromiumServer`. */
export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/** Starts a browser of one's own, for a script outside the test run. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
