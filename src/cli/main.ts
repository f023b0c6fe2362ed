#!/usr/bin/env node
/**
 * The `rcmp` command. Each subcommand lives in its own file and registers itself here.
 */
import {Command, Help, type Option} from "commander";
import {registerRun} from "./run.js";
import {registerValidate} from "./validate.js";
import {registerSchema} from "./schema.js";
import {registerList} from "./list.js";
import {registerSweep} from "./sweep.js";
import {registerMerge} from "./merge.js";
import {registerExplain} from "./explain.js";
import {registerCompare} from "./compare.js";
import {registerSensitivity} from "./sensitivity.js";
import {registerEval} from "./eval.js";
import {registerExplore} from "./explore.js";
import {registerAttribute} from "./attribute.js";
import {registerAsk} from "./ask.js";
import {registerCalibrate} from "./calibrate.js";
import {registerScore} from "./score.js";
import {registerTargets} from "./targets.js";
import {version} from "../version.js";
import {reportError} from "./action.js";

export function buildProgram(): Command {
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
  registerRun(program);
  registerValidate(program);
  registerSchema(program);
  registerList(program);
  registerSweep(program);
  registerMerge(program);
  registerExplain(program);
  registerCompare(program);
  registerSensitivity(program);
  registerEval(program);
  registerExplore(program);
  registerAttribute(program);
  registerAsk(program);
  registerCalibrate(program);
  registerScore(program);
  registerTargets(program);
  return program;
}

buildProgram().parseAsync(process.argv).catch((err: unknown) => {
  process.exitCode = reportError(err);
});
