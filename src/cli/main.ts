#!/usr/bin/env node
/**
 * The `rcmp` command. Each subcommand lives in its own file and registers itself here. A
 * command line that names a subcommand loads that subcommand's file alone (and what it
 * imports); help, the version and an unknown command load them all. `rcmp run` thus reaches its
 * first tick without loading the sweep, calibration, sensitivity and comparison code.
 */
import {Command, Help, type Option} from "commander";
import {version} from "../version.js";
import {reportError} from "./action.js";
import {commands, commandsFor} from "./commands.js";

export async function buildProgram(argv: readonly string[] = process.argv): Promise<Command> {
  const program = new Command("rcmp")
    .description("Simulate migration-policy convergence through Regional Consultative Migration Processes")
    .version(version)
    .option("--debug", "print stack traces on errors")
    .showHelpAfterError("(add --help for usage)")
    // a usage error (unknown option, bad option value) is bad input: exit code 2, as for a bad scenario
    .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2))
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

buildProgram()
  .then((program) => program.parseAsync(process.argv))
  .catch((err: unknown) => {
    process.exitCode = reportError(err);
  });
