import { parseArgs, type ParseArgsConfig } from "node:util";

/** The options a script declares, as node:util parseArgs takes them (`--help`/`-h` is added to every script). */
export type ScriptOptions = NonNullable<ParseArgsConfig["options"]>;

interface ScriptConfig<O extends ScriptOptions> {
  options: O;
  /** True when the script takes arguments without a name (e.g. a council id); false by default. */
  allowPositionals?: boolean;
}

/** The declared options' values, typed by their declarations, and the arguments without a name. */
export interface ScriptArgs<O extends ScriptOptions> {
  values: ReturnType<typeof parseArgs<{ options: O; strict: true }>>["values"];
  positionals: string[];
}

/** The command line a script is given (`npm run x -- ...`): everything after `node script.js`. */
const commandLine = (): string[] => process.argv.slice(2);

/**
 * A script's command line, read with node:util parseArgs (strict: only the declared options).
 * `--help` prints `usage` and exits 0; an unknown option, a missing value or an unexpected argument
 * prints what is wrong and the usage to stderr and exits 2, before the script does anything.
 */
export function scriptArgs<const O extends ScriptOptions>(usage: string, config: ScriptConfig<O>, args: string[] = commandLine()): ScriptArgs<O> {
  let parsed: ScriptArgs<O>;
  try {
    parsed = parseArgs({ args, options: { ...config.options, help: { type: "boolean", short: "h" } }, allowPositionals: config.allowPositionals ?? false, strict: true }) as typeof parsed;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage.trim()}\n`);
    process.exit(2);
  }
  if ((parsed.values as Record<string, unknown>).help === true) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  return parsed;
}
