/**
 * `rcmp validate <files...>`: checks scenario files and reports every problem, with file,
 * line and path; exit code 2 when any file is bad.
 */
import type {Command} from "commander";
import {action, reportError} from "./action.js";
import {readScenarioFile} from "../io/readScenario.js";

export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("check scenario files against the schema and their references")
    .argument("<files...>", "scenario files (YAML or JSON)")
    .action(
      action(async (files: string[]) => {
        let bad = 0;
        for (const file of files) {
          try {
            const s = await readScenarioFile(file);
            const n = s.states?.length ?? s.generate?.count ?? 0;
            process.stdout.write(`ok ${file}: ${s.title || s.id} (${plural(n, "state")}, ${plural(s.processes.length, "process", "processes")}, ${plural(s.ticks, "tick")})\n`);
          } catch (err) {
            bad++;
            const code = reportError(err);
            if (code !== 2) return code;
          }
        }
        if (bad > 0) process.stderr.write(`${bad} of ${files.length} file${files.length > 1 ? "s" : ""} invalid\n`);
        return bad > 0 ? 2 : 0;
      })
    );
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
