/**
 * `rcmp explore <scenario> [--out file.html] [--set path=value]... [--force]`: writes the scenario
 * explorer, one self-contained HTML file that opens from `file://` offline (double click): the
 * engine, every built-in scenario, the chosen scenario and the page, all inline.
 */
import {mkdir, readFile, stat} from "node:fs/promises";
import {fileURLToPath} from "node:url";
import {dirname, relative} from "node:path";
import type {Command} from "commander";
import {parse} from "yaml";
import {action} from "./action.js";
import {examplesHelp, repeatable} from "./options.js";
import {scenarioFiles, scenariosDir} from "./list.js";
import {readInputText} from "../io/readScenario.js";
import {writeFileAtomic} from "../io/atomicWrite.js";
import {parseScenario} from "../scenario/load.js";
import {parseSetArg} from "../scenario/overrides.js";
import {InputError} from "../scenario/problems.js";
import {explorerHtml, type ScenarioSource} from "../explore/explorerHtml.js";
import {version} from "../version.js";

/** The page's script and stylesheet, built by `npm run build` (esbuild) into dist/explorer/. */
const pageFiles = {script: "../explorer/explorer.js", css: "../explorer/explorer.css"} as const;

interface ExploreOptions {
  out?: string;
  set: string[];
  force?: boolean;
}

/** Registers `rcmp explore`. */
export function registerExplore(program: Command): void {
  program
    .command("explore")
    .description("write a scenario explorer: one HTML file that plays the scenario on a world map, offline (open it with a double click)")
    .argument("<scenario>", "scenario file (YAML or JSON) the page opens with; the page can load others and holds every built-in one")
    .option("--out <file>", "the HTML file to write (default: <scenario id>-explorer.html)")
    .option("--set <path=value>", "a starting value, e.g. dynamics.hegemonBias=2 (repeatable): sets that slider, or stays fixed in every run", repeatable, [])
    .option("--force", "overwrite an existing file")
    .addHelpText("after", examplesHelp([
      "rcmp explore scenarios/igc-1985.yaml",
      "rcmp explore scenarios/world-2004.yaml --out class/world.html --set dynamics.agendaControl.strength=0"
    ], "The page needs no server and no network: copy the file to a USB stick or a course page, and open it in a browser."))
    .action(action(async (file: string, o: ExploreOptions) => exploreCommand(file, o)));
}

async function exploreCommand(file: string, o: ExploreOptions): Promise<number> {
  const text = await readInputText(file);
  const scenario = parseScenario(text, file, o.set.map((arg) => parseSetArg(arg)));
  const out = o.out ?? `${scenario.id}-explorer.html`;
  if (!o.force && (await exists(out))) throw new InputError([{file: out, path: [], message: "already exists (use --force to overwrite it)"}]);
  const [script, css] = await Promise.all([pageFile(pageFiles.script), pageFile(pageFiles.css)]);
  const html = explorerHtml({version, start: {path: file, title: scenario.title, text}, sets: o.set, builtins: await builtinScenarios()}, script, css);
  await mkdir(dirname(out), {recursive: true});
  await writeFileAtomic(out, html);
  process.stdout.write(`wrote ${out} (${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB): open it in a browser; it needs no server and no network\n`);
  return 0;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

async function pageFile(path: string): Promise<string> {
  const url = new URL(path, import.meta.url);
  return readFile(url, "utf8").catch(() => {
    throw new Error(`the explorer's page is not built (${fileURLToPath(url)} is missing): run \`npm run build\``);
  });
}

/** Every built-in scenario (not sweep files), with the path `rcmp run` takes from the project folder. */
export async function builtinScenarios(): Promise<ScenarioSource[]> {
  const out: ScenarioSource[] = [];
  for (const path of await scenarioFiles()) {
    const text = await readFile(path, "utf8");
    const data = parse(text) as {title?: string; id?: string; dimensions?: unknown} | null;
    if (data?.dimensions === undefined) continue;
    out.push({path: `scenarios/${relative(scenariosDir, path).split("\\").join("/")}`, title: data.title ?? data.id ?? path, text});
  }
  return out;
}
