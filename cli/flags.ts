/**
 * Flags of the CLI's subcommands: one spec per flag, parsed once; every
 * error names the flag and the command.
 */
import { SluiceError } from '../catalogue/errors.js';
import { parseDuration } from '../config/duration.js';

export type FlagType = 'string' | 'number' | 'integer' | 'duration' | 'list' | 'boolean';

export interface FlagSpec {
  name: string;
  type: FlagType;
  help: string;
  default?: string | number | boolean | string[];
  /** May be given several times (collected into an array). */
  repeatable?: boolean;
  min?: number;
}

export class CliError extends SluiceError {
  constructor(message: string) {
    super('ERR_SLUICE_CLI', message);
  }
}

export function parseFlags(command: string, specs: readonly FlagSpec[], argv: readonly string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const spec of specs) values[spec.name] = spec.repeatable ? [] : spec.default;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new CliError(`sluice ${command}: unexpected argument '${arg}' (see sluice ${command} --help)`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const spec = specs.find((s) => s.name === name);
    if (spec === undefined) throw new CliError(`sluice ${command}: unknown flag --${name} (see sluice ${command} --help)`);
    let text: string;
    if (spec.type === 'boolean' && eq < 0) text = 'true';
    else if (eq > 0) text = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new CliError(`sluice ${command}: --${name} needs a value`);
      text = next;
      i++;
    }
    const value = convert(command, spec, text);
    if (spec.repeatable) (values[spec.name] as unknown[]).push(value);
    else values[spec.name] = value;
  }
  return values;
}

function convert(command: string, spec: FlagSpec, text: string): unknown {
  const bad = (what: string): CliError => new CliError(`sluice ${command}: --${spec.name} must be ${what}, got '${text}'`);
  switch (spec.type) {
    case 'string': return text;
    case 'boolean':
      if (text !== 'true' && text !== 'false') throw bad('true or false');
      return text === 'true';
    case 'list': return text.split(',').map((t) => t.trim()).filter((t) => t.length > 0);
    case 'duration': {
      const ms = parseDuration(text);
      if (!Number.isFinite(ms) || ms < (spec.min ?? 0)) throw bad('a duration such as 500ms, 10s or 2m');
      return ms;
    }
    default: {
      const n = Number(text);
      if (text.trim() === '' || !Number.isFinite(n) || (spec.type === 'integer' && !Number.isInteger(n)) || n < (spec.min ?? Number.NEGATIVE_INFINITY)) {
        throw bad(`${spec.type === 'integer' ? 'an integer' : 'a number'}${spec.min !== undefined ? ` ≥ ${spec.min}` : ''}`);
      }
      return n;
    }
  }
}

export function helpText(command: string, summary: string, specs: readonly FlagSpec[], examples: readonly string[]): string {
  const width = Math.max(...specs.map((s) => s.name.length)) + 4;
  const lines = specs.map((s) => {
    const def = s.default === undefined ? '' : ` (default: ${Array.isArray(s.default) ? s.default.join(',') : String(s.default)})`;
    return `  --${s.name.padEnd(width)}${s.help}${def}${s.repeatable ? ' [repeatable]' : ''}`;
  });
  return `sluice ${command}: ${summary}\n\nUsage: sluice ${command} [flags]\n\nFlags:\n${lines.join('\n')}\n\nExamples:\n${examples.map((e) => `  ${e}`).join('\n')}\n`;
}
