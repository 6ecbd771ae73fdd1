/** Finding the browser: CHROMIUM_PATH, else Debian's; missing means skip locally and fail on CI. */
import { describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, DEFAULT_CHROMIUM, findChromium, isCI } from '../helpers/browser.ts';

describe('findChromium', () => {
  it('uses CHROMIUM_PATH when it exists', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toEqual({ found: true, executablePath: process.execPath });
  });

  it('says how to install it when it is missing: a skip locally, a failure on CI', () => {
    const local = findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(local).toEqual({ found: false, fatal: false, message: `${CHROMIUM_MISSING} (CHROMIUM_PATH=/nonexistent/chromium does not exist)` });
    expect(local.found === false && local.message).toContain('apt-get install -y chromium');
    expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium', CI: 'true' })).toMatchObject({ found: false, fatal: true });
  });

  it(`falls back to ${DEFAULT_CHROMIUM}`, () => {
    const status = findChromium({});
    expect(status.found ? status.executablePath : DEFAULT_CHROMIUM).toBe(DEFAULT_CHROMIUM);
  });

  it('reads CI the way CI services set it', () => {
    expect(isCI({ CI: 'true' })).toBe(true);
    expect(isCI({ CI: '1' })).toBe(true);
    expect(isCI({ CI: 'false' })).toBe(false);
    expect(isCI({})).toBe(false);
  });
});
