/**
 * `npm run fingerprint`: the sha256 of `timeseries.csv`, `states.csv` and `summary.json` of every
 * built-in scenario (seeds 1-3, every metric and group, as `rcmp run` records them), of each with
 * sweep settings (dispersion only, group `all`), and of each with every mechanism left out in
 * turn. A change meant to leave results alone must leave this output unchanged:
 *
 *   npm run fingerprint > before.txt   # on the old commit
 *   npm run fingerprint -- --check before.txt
 */
import {readdirSync, readFileSync, statSync} from "node:fs";
import {createHash} from "node:crypto";
import {join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import {parseScenario} from "../scenario/load.js";
import {simulate} from "../run/simulate.js";
import {mechanismNames} from "../model/mechanisms.js";
import {statesCsv, summaryJson, timeseriesCsv} from "../results/runFiles.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const hash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

function scenarioFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? scenarioFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

function* lines(): Generator<string> {
  for (const file of scenarioFiles(join(root, "scenarios"))) {
    const name = relative(root, file);
    const scenario = parseScenario(readFileSync(file, "utf8"), name);
    const ticks = Math.min(scenario.ticks, 400);
    for (const seed of [1, 2, 3]) {
      const r = simulate(scenario, {seed, ticks});
      yield `${name} seed ${seed}: ${hash(timeseriesCsv(r.series))} ${hash(statesCsv(r))} ${hash(summaryJson(r))}`;
    }
    const sweepLike = simulate(scenario, {seed: 1, ticks, metrics: ["dispersion"], groups: false});
    yield `${name} sweep settings: ${hash(timeseriesCsv(sweepLike.series))} ${hash(summaryJson(sweepLike))}`;
    for (const skip of mechanismNames) {
      const r = simulate(scenario, {seed: 1, ticks, skip: [skip], metrics: ["dispersion", "toHegemon"], groups: false});
      yield `${name} without ${skip}: ${hash(timeseriesCsv(r.series))} ${hash(statesCsv(r))}`;
    }
  }
}

const check = process.argv.indexOf("--check");
const out = [...lines()];
if (check < 0) {
  process.stdout.write(`${out.join("\n")}\n`);
} else {
  // Compared by key (the text before ": "), so that a mechanism added to the registry only adds lines.
  const split = (line: string): [string, string] => [line.slice(0, line.lastIndexOf(": ")), line.slice(line.lastIndexOf(": ") + 2)];
  const expected = new Map(readFileSync(process.argv[check + 1], "utf8").trim().split("\n").map(split));
  const now = new Map(out.map(split));
  const differ = [...now].filter(([key, value]) => expected.has(key) && expected.get(key) !== value).map(([key]) => key);
  const added = [...now.keys()].filter((key) => !expected.has(key));
  const gone = [...expected.keys()].filter((key) => !now.has(key));
  console.log(`fingerprint: ${now.size - added.length - differ.length} of ${expected.size} identical, ${differ.length} differ, ${added.length} new, ${gone.length} gone`);
  for (const key of differ.slice(0, 40)) console.log(`  differs: ${key}`);
  for (const key of gone.slice(0, 40)) console.log(`  gone: ${key}`);
  if (differ.length > 0 || gone.length > 0) process.exitCode = 1;
}
