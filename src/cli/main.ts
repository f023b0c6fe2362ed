#!/usr/bin/env node
/** The `rcmp` command: runs the command line (program.ts) and exits with its code. */
import {runCommandLine} from "./program.js";

process.exitCode = await runCommandLine(process.argv);
