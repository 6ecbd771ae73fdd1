#!/usr/bin/env node
// The `sitrep` command. Sitrep ships its TypeScript sources, and Node strips types only outside
// node_modules, so tsx's loader is registered before the command loads.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');

// `sitrep check | head` closes the pipe early: stop quietly rather than with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Bad input is reported as problems; reaching here is a bug in Sitrep itself.
  process.stderr.write(`sitrep failed unexpectedly: ${error?.message ?? error}\n`);
  if (process.env.SITREP_DEBUG) process.stderr.write(`${error?.stack}\n`);
  process.exitCode = 1;
}
