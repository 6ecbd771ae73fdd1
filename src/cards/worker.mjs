// The card worker's entry point (started by ./pool.ts). Sitrep ships TypeScript sources and an
// installed Sitrep lives under node_modules, where Node refuses to strip types, so the worker
// registers tsx's loader first, as the `sitrep` command does (src/bin.mjs), then loads worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
