/**
 * The `rcmp` program: the subcommands a command line needs, registered on one commander
 * program, and `runCommandLine`, which runs a command line to its exit code. A command line
 * that names a subcommand loads that subcommand's file alone (and what it imports); help, the
 * version and an unknown command load them all. `rcmp run` thus reaches its first tick without
 * loading the sweep, calibration, sensitivity and comparison code.
 */
import {Command, CommanderError, Help, type Option} from "commander";
import {version} from "../version.js";
import {reportError} from "./action.js";
import {commands, commandsFor} from "./commands.js";

/** The program with the subcommands `argv` (as process.argv: node, script, arguments) needs. */
export async function buildProgram(argv: readonly string[] = process.argv): Promise<Command> {
  const program = new Command("rcmp")
    .description("Simulate migration-policy convergence through Regional Consultative Migration Processes")
    .version(version)
    .option("--debug", "print stack traces on errors")
    .showHelpAfterError("(add --help for usage)")
    // help, the version and usage errors end the parse with a CommanderError (see runCommandLine), not process.exit
    .exitOverride()
    // a repeatable option starts from [] (see `repeatable` in options.ts): "(default: [])" tells a reader nothing
    .configureHelp({
      optionDescription(this: Help, option: Option): string {
        const empty = Array.isArray(option.defaultValue) && option.defaultValue.length === 0;
        return empty ? option.description : Help.prototype.optionDescription.call(this, option);
      }
    });
  for (const register of await Promise.all(commandsFor(argv).map((name) => commands[name]()))) register(program);
  return program;
}

/**
 * Runs one command line (argv as process.argv: node, script, arguments) and resolves to its
 * exit code: the command's own (0 done, 1 failed, 2 bad input; see action.ts), 0 after help or
 * the version, 2 for a usage error (unknown option, bad option value: bad input, as for a bad
 * scenario). Output goes to process.stdout and process.stderr; nothing here exits the process.
 */
export async function runCommandLine(argv: readonly string[]): Promise<number> {
  try {
    await (await buildProgram(argv)).parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    return reportError(err);
  }
}
