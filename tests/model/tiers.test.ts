/**
 * One run's arrays have the same shape however far V8 has optimised the code that made them.
 *
 * TurboFan's inlined `Array.prototype.map` returns holey arrays where the interpreter's returns
 * packed ones. When per-run setup code (compile, the recorder, the summary) made its arrays with
 * `.map`, each function's arrays changed kind as it was optimised, and the code reading them
 * was deoptimised and optimised again, over and over: V8's compiler threads then took 150-220 µs
 * of CPU per run of igc-1985, which on two busy cores is taken from the sweep's workers. Per-run
 * code makes its arrays with `Array.from` (packed in every tier) instead.
 *
 * The check runs in a child Node with `--allow-natives-syntax`: it makes a world and a run's
 * results unoptimised, then again with `compile` and `simulate` optimised, and compares the
 * elements kind of every array reachable from them.
 */
import {spawnSync} from "node:child_process";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import {expect, test} from "vitest";

const url = (file: string) => JSON.stringify(pathToFileURL(join(process.cwd(), "dist", file)).href);

const script = `
import {readFileSync} from "node:fs";
const {parseScenario} = await import(${url("scenario/load.js")});
const {compile} = await import(${url("model/compile.js")});
const {simulate} = await import(${url("model/simulate.js")});
const file = ${JSON.stringify(join(process.cwd(), "scenarios/igc-1985.yaml"))};
const s = parseScenario(readFileSync(file, "utf8"), file);
const kind = (a) => (%HasHoleyElements(a) ? "holey " : "packed ") + (%HasSmiElements(a) ? "smi" : %HasDoubleElements(a) ? "double" : "object");
function kinds(value, path, out, seen) {
  if (value === null || typeof value !== "object" || seen.has(value) || ArrayBuffer.isView(value)) return out;
  seen.add(value);
  if (Array.isArray(value)) out[path] = kind(value);
  for (const [k, v] of Object.entries(value)) if (k !== "scenario") kinds(v, path + "." + k, out, seen);
  return out;
}
const options = {seed: 1, metrics: ["dispersion", "toStandard", "toHegemon"], groups: false};
const shapes = () => ({world: kinds(compile(s, 1), "world", {}, new Set()), run: kinds(simulate(s, options), "run", {}, new Set())});
const before = shapes();
for (const f of [compile, simulate]) %PrepareFunctionForOptimization(f);
shapes();
shapes();
for (const f of [compile, simulate]) %OptimizeFunctionOnNextCall(f);
const after = shapes();
const optimised = [compile, simulate].map((f) => (%GetOptimizationStatus(f) & 16) !== 0);
console.log(JSON.stringify({before, after, optimised}));
`;

test("arrays made per run keep their elements kind when the code making them is optimised", () => {
  const r = spawnSync(process.execPath, ["--allow-natives-syntax", "--input-type=module", "-e", script], {encoding: "utf8"});
  expect(r.stderr).toBe("");
  const {before, after, optimised} = JSON.parse(r.stdout);
  expect(Object.keys(before.world).length).toBeGreaterThan(5);
  expect(after).toEqual(before);
  // and the optimised code was still in place after the run (it was not thrown away at once)
  expect(optimised).toEqual([true, true]);
});
