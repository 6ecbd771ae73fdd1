/**
 * The `sitrep` command: `sitrep new | check | docs | init`. Each command lives in
 * src/authoring/ and is loaded only when asked for, so `sitrep check` never loads the
 * TypeScript compiler that `sitrep docs` uses.
 */

const COMMANDS: Record<string, { summary: string; run: (argv: readonly string[]) => Promise<number> }> = {
  new: { summary: 'write content/briefings/<slug>.mdx, a skeleton with every field', run: async (argv) => (await import('./authoring/new-command.ts')).run(argv) },
  check: { summary: 'validate all content with the build\'s rules, printing every problem with file, line and hint', run: async (argv) => (await import('./authoring/check-command.ts')).run(argv) },
  docs: { summary: 'write the frontmatter and error references into README.md', run: async (argv) => (await import('./authoring/docs-command.ts')).run(argv) },
  init: { summary: 'create a new publication in a folder', run: async (argv) => (await import('./authoring/init.ts')).run(argv) },
};

const USAGE = `Usage: sitrep <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)}${c.summary}`).join('\n')}

Run \`sitrep <command> --help\` for a command's options.
`;

/** Runs the command line `argv` (without node and the script); resolves with the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`sitrep: unknown command "${name}".\n\n${USAGE}`);
    return 2;
  }
  return command.run(rest);
}
