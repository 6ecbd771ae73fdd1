/** What tests/e2e/global-setup.ts provides to every test file of the `site` project (`inject`). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the `astro preview` server, without a trailing slash: http://127.0.0.1:<port>. */
    siteUrl: string;
    /** Absolute path of the built site the server serves. */
    distDir: string;
    /** Absolute path of the content folder that was built. */
    contentDir: string;
    /** WebSocket endpoint of the shared Chromium; "" when there is none. */
    browserEndpoint: string;
    /** Why there is no browser ("" when there is one). */
    chromiumMissing: string;
  }
}

export {};
