/**
 * `rcmp list`: the built-in scenarios (shipped under `scenarios/`) with their titles.
 */
import type {Command} from "commander";
import {readdir, readFile} from "node:fs/promises";
import {fileURLToPath} from "node:url";
import {join, relative} from "node:path";
import {parse} from "yaml";
import {action} from "./action.js";

/** The folder of built-in scenarios, next to `dist/` in the package. */
export const scenariosDir = fileURLToPath(new URL("../../scenarios/", import.meta.url));

/** Every `.yaml`/`.json` file under the folder, sorted. */
export async function scenarioFiles(dir = scenariosDir): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true});
  return entries
    .filter((e) => e.isFile() && /\.(ya?ml|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function registerList(program: Command): void {
  program
    .command("list")
    .description("list the built-in scenarios with their titles")
    .action(
      action(async () => {
        const files = await scenarioFiles();
        const rows = await Promise.all(
          files.map(async (file) => {
            const data = parse(await readFile(file, "utf8")) as {title?: string; id?: string; base?: string};
            return [join("scenarios", relative(scenariosDir, file)), data?.title ?? (data?.base ? `sweep over ${data.base}` : (data?.id ?? ""))];
          })
        );
        const width = Math.max(...rows.map(([p]) => p.length));
        for (const [path, title] of rows) process.stdout.write(`${path.padEnd(width)}  ${title}\n`);
      })
    );
}
