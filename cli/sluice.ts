#!/usr/bin/env node
/**
 * The `sluice` command: `serve`, `load`, `tail`, `bench`, `demo`, each with
 * `--help`. Errors name the bad flag and exit 2.
 */
import { ConfigError } from '../config/config.js';
import { CliError } from './flags.js';
import * as bench from './commands/bench.js';
import * as demo from './commands/demo.js';
import * as load from './commands/load.js';
import * as serve from './commands/serve.js';
import * as tail from './commands/tail.js';

interface Command {
  summary: string;
  help(): string;
  run(argv: string[]): Promise<void>;
}

const commands: Record<string, Command> = { serve, load, tail, bench, demo };

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length)) + 2;
  return `sluice: a real-time metrics engine

Usage: sluice <command> [flags]

Commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}${c.summary}`).join('\n')}

Run 'sluice <command> --help' for its flags and examples.
`;
}

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return;
  }
  const command = commands[name];
  if (command === undefined) {
    process.stderr.write(`sluice: unknown command '${name}'\n\n${usage()}`);
    process.exit(2);
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(command.help());
    return;
  }
  await command.run(rest);
}

main(process.argv.slice(2)).catch((error: Error) => {
  process.stderr.write(`${error instanceof CliError || error instanceof ConfigError ? '' : 'sluice: '}${error.message}\n`);
  process.exit(error instanceof CliError || error instanceof ConfigError ? 2 : 1);
});
