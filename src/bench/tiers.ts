/**
 * A check of V8 internals, run by `npm run bench` (not by the tests: it reads V8's private
 * state through `--allow-natives-syntax`, which no user of the library depends on).
 *
 * One run's arrays have the same shape however far V8 has optimised the code that made them.
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
import {fileURLToPath} from "node:url";
import {isDeepStrictEqual} from "node:util";

const url = (file: string) => JSON.stringify(new URL(`../${file}`, import.meta.url).href);
const scenarioFile = fileURLToPath(new URL("../../scenarios/igc-1985.yaml", import.meta.url));

const script = `
import {readFileSync} from "node:fs";
const {parseScenario} = await import(${url("scenario/load.js")});
const {compile} = await import(${url("model/compile.js")});
const {simulate} = await import(${url("run/simulate.js")});
const file = ${JSON.stringify(scenarioFile)};
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

/** Whether per-run arrays keep their elements kind under optimisation, with what differs. */
export function elementKindsCheck(): {ok: boolean; detail: string} {
  const r = spawnSync(process.execPath, ["--allow-natives-syntax", "--input-type=module", "-e", script], {encoding: "utf8"});
  if (r.status !== 0 || r.stderr !== "") return {ok: false, detail: `the check did not run: ${r.stderr.trim().split("\n")[0]}`};
  const {before, after, optimised} = JSON.parse(r.stdout);
  const arrays = Object.keys(before.world).length + Object.keys(before.run).length;
  if (!isDeepStrictEqual(after, before)) {
    const changed = [...Object.keys(before.world).filter((k) => before.world[k] !== after.world[k]), ...Object.keys(before.run).filter((k) => before.run[k] !== after.run[k])];
    return {ok: false, detail: `elements kind changed under optimisation: ${changed.join(", ")}`};
  }
  if (!optimised.every(Boolean)) return {ok: false, detail: "compile or simulate was deoptimised at once"};
  return {ok: true, detail: `${arrays} arrays keep their elements kind; compile and simulate stay optimised`};
}
