/**
 * The structure of a sweep folder's design, as `rcmp sensitivity` needs it: from manifest.json
 * (design name, seed, parameters, design options) it rebuilds which points form the Saltelli
 * blocks or the Morris trajectories, and checks design.csv against it. Refuses (InputError,
 * exit 2) a design that cannot give sensitivity indices.
 */
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {InputError} from "../scenario/problems.js";
import {redoHint, type ManifestHead} from "../results/manifest.js";
import {csvTable} from "../results/csvTable.js";
import {saltelliBlock, saltelliOffsets} from "../analysis/saltelliLayout.js";
import type {SensitivityDesign} from "../analysis/sensitivity.js";
import {morrisUnit} from "./morrisDesign.js";
import type {SweepManifest} from "./manifest.js";
import {files} from "./resultFiles.js";

/** What each design can give. */
const methods: Record<string, string> = {
  saltelli: "Sobol' indices (first and total order; second order with secondOrder: true)",
  morris: "Morris elementary effects (μ*, μ, σ)"
};

/** The manifest of a sweep folder and its design's structure; InputError for a folder that is none, or whose design gives no indices. */
export function readSensitivityDesign(dir: string): {manifest: SweepManifest; design: SensitivityDesign} {
  const manifest = sweepManifest(dir);
  if (!(manifest.design in methods)) {
    throw new InputError(`${dir}: a ${manifest.design} design cannot give sensitivity indices: Sobol' indices need design: saltelli, elementary effects design: morris ` +
      `(${Object.entries(methods).map(([d, m]) => `${d}: ${m}`).join("; ")}); rerun the sweep with one of them`);
  }
  if (manifest.shard !== null) throw new InputError(`${dir}: holds shard ${manifest.shard.index}/${manifest.shard.count} of a sweep; join the shards with rcmp merge first`);
  const options = manifest.designOptions;
  if (options?.samples === undefined) throw new InputError(`${join(dir, files.manifest)}: no designOptions.samples, which a ${manifest.design} design's structure needs`);
  const k = manifest.parameters.length;
  const design: SensitivityDesign = manifest.design === "saltelli"
    ? {method: "sobol", parameters: manifest.parameters, secondOrder: options.secondOrder ?? false}
    : {method: "morris", parameters: manifest.parameters, steps: morrisUnit(options.samples, k, manifest.seed, {levels: options.levels, candidates: options.candidates})};
  const expected = manifest.design === "saltelli" ? options.samples * saltelliBlock(k, options.secondOrder ?? false) : options.samples * (k + 1);
  if (manifest.points !== expected) throw new InputError(`${join(dir, files.manifest)}: ${manifest.points} design points, but a ${manifest.design} design of samples ${options.samples} over ${k} parameters has ${expected}`);
  checkDesignCsv(dir, manifest, design);
  return {manifest, design};
}

/**
 * manifest.json as it is written. Read here rather than through a reader that would check the
 * folder's other files: a user may edit runs.csv (add a column) and still ask for its indices;
 * design.csv, which nobody should edit, is checked against the manifest instead.
 */
function sweepManifest(dir: string): SweepManifest {
  const file = join(dir, files.manifest);
  if (!existsSync(file)) throw new InputError(`${dir}: no manifest.json (rcmp sensitivity reads a folder written by rcmp sweep or rcmp merge)`);
  let m: Partial<SweepManifest> | null;
  try {
    m = JSON.parse(readFileSync(file, "utf8")) as Partial<SweepManifest> | null;
  } catch (err) {
    throw new InputError(`${file}: not JSON (${(err as Error).message})`);
  }
  if (m?.tool !== "rcmp-sim" || m.kind !== "sweep" || !Array.isArray(m.parameters) || typeof m.points !== "number") throw new InputError(`${file}: not the manifest of a sweep`);
  if (m.status !== "complete") throw new InputError(`${file}: the sweep is not complete (still running, or interrupted); ${redoHint(m as ManifestHead, dir)}`);
  return m as SweepManifest;
}

/**
 * Checks that design.csv holds the structure: in a Saltelli block AB_i equals A but in column i,
 * where it equals B; along a Morris trajectory only the stepped parameter changes.
 */
function checkDesignCsv(dir: string, manifest: SweepManifest, design: SensitivityDesign): void {
  const file = join(dir, files.design);
  if (!existsSync(file)) throw new InputError(`${dir}: no design.csv`);
  const cells: string[][] = new Array(manifest.points);
  csvTable(readFileSync(file, "utf8"), file, ["point", ...manifest.parameters]).forEach((cell) => {
    const p = Number(cell("point"));
    if (Number.isInteger(p) && p >= 0 && p < manifest.points) cells[p] ??= manifest.parameters.map((name) => cell(name));
  });
  const k = manifest.parameters.length;
  const fail = (point: number, what: string) => {
    throw new InputError(`${file}: point ${point} does not fit the ${manifest.design} design that manifest.json describes (${what}); was design.csv edited, or the manifest replaced?`);
  };
  const same = (p: number, q: number, column: number) => cells[p] === undefined || cells[q] === undefined || cells[p][column] === cells[q][column];
  if (design.method === "sobol") {
    const block = saltelliBlock(k, design.secondOrder);
    const at = saltelliOffsets(k, design.secondOrder);
    for (let start = 0; start < manifest.points; start += block) {
      for (let i = 0; i < k; i++) {
        for (let c = 0; c < k; c++) {
          if (!same(start + at.ab(i), start + (c === i ? at.b : at.a), c)) fail(start + at.ab(i), `AB_${i + 1} differs from ${c === i ? "B" : "A"} in ${manifest.parameters[c]}`);
        }
      }
    }
    return;
  }
  for (let t = 0; t * (k + 1) < manifest.points; t++) {
    for (let s = 0; s < k; s++) {
      const p = t * (k + 1) + s;
      for (let c = 0; c < k; c++) if (c !== design.steps.factor[t * k + s] && !same(p, p + 1, c)) fail(p + 1, `${manifest.parameters[c]} changes where the trajectory steps another parameter`);
    }
  }
}
