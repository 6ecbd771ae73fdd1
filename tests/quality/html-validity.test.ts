/**
 * Every HTML file of the built sample site passes the Nu Html Checker (vnu) with zero errors.
 * All files go to one Java run: starting the JVM costs more than checking a page.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { root } from '../helpers/build.ts';
import { isCI } from '../helpers/browser.ts';
import { htmlFiles } from '../helpers/site.ts';

const VNU_JAR = path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
const JAVA_MISSING = 'Java not found: install it with `apt-get install -y default-jre-headless` (vnu needs Java 17+) or set JAVA';
const java = process.env.JAVA || 'java';
const hasJava = spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0;

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Runs vnu over `files` (absolute paths) and returns its error messages. */
function vnuErrors(files: string[]): VnuMessage[] {
  const run = spawnSync(java, ['-jar', VNU_JAR, '--format', 'json', '--errors-only', '--no-langdetect', '--exit-zero-always', '--stdout', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`vnu exited with ${run.status}:\n${run.stderr}`);
  const output = JSON.parse(run.stdout) as { messages: VnuMessage[] };
  return output.messages.filter((message) => message.type === 'error' || message.subType === 'fatal');
}

function format(messages: VnuMessage[], distDir: string): string {
  return messages
    .map((m) => {
      const file = m.url ? path.relative(distDir, decodeURIComponent(new URL(m.url).pathname)) : '?';
      const extract = m.extract ? `\n      ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
      return `  ${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'} ${m.message}${extract}`;
    })
    .join('\n');
}

describe('HTML validity (Nu Html Checker)', () => {
  if (!hasJava) {
    if (isCI()) it('has Java to run vnu', () => expect.fail(JAVA_MISSING));
    else console.warn(`[vnu] skipped. ${JAVA_MISSING}`);
  }

  it.runIf(hasJava)('every HTML file in dist/ has zero vnu errors', () => {
    const distDir = inject('distDir');
    const files = htmlFiles(distDir).map((file) => path.join(distDir, file));
    expect(files.length).toBeGreaterThan(0);
    const started = Date.now();
    const errors = vnuErrors(files);
    console.log(`[vnu] ${files.length} HTML files checked in ${((Date.now() - started) / 1000).toFixed(1)} s: ${errors.length} error(s)`);
    expect(errors.map((m) => m.message), `vnu found ${errors.length} error(s):\n${format(errors, distDir)}`).toEqual([]);
  });
});
