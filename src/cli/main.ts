#!/usr/bin/env node
/**
 * The `rcmp` command. Each subcommand lives in its own file and registers itself here.
 */
import {Command} from "commander";
import {registerRun} from "./run.js";
import {registerValidate} from "./validate.js";
import {registerSchema} from "./schema.js";
import {registerList} from "./list.js";
import {version} from "../version.js";

export function buildProgram(): Command {
  const program = new Command("rcmp")
    .description("Simulate migration-policy convergence through Regional Consultative Migration Processes")
    .version(version)
    .option("--debug", "print stack traces on errors")
    .showHelpAfterError("(add --help for usage)");
  registerRun(program);
  registerValidate(program);
  registerSchema(program);
  registerList(program);
  return program;
}

buildProgram().parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
