/**
 * Limits that hold everywhere (issue #11): command-line numbers read by the schema's rules, runs
 * and sweeps too big for a laptop refused before anything runs (with what to change), big ones
 * announced, validation that stays linear with a screenful of problems, and messages that echo
 * a short, printable excerpt of the input.
 */
import {describe, expect, test} from "vitest";
import {existsSync, readdirSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";
import {checkSizes} from "../../src/cli/runPlan.js";
import {builtin} from "../helpers/scenarios.js";
import {timeseriesCsv, timeseriesLines} from "../../src/results/runFiles.js";
import {simulate} from "../../src/run/simulate.js";
import {rangeOption, schemaOption} from "../../src/cli/options.js";
import {scenario as scenarioSchema} from "../../src/scenario/schema.js";

const hegemon = resolve("scenarios/teaching/hegemon.yaml");
const world = "scenarios/world-2004.yaml";

function expectRefused(r: {code: number; stderr: string}): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at |\.js:\d+/);
}

const tiny = (extra: string) => `id: tiny\nticks: 5\ndimensions: [{id: a}]\nstates: [{id: A, ideal: [0.2]}, {id: B, ideal: [0.8]}]\nprocesses: [{id: p, members: ["*"]}]\n${extra}`;

function file(text: string, name = "s.yaml"): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

describe("command-line numbers", () => {
  test("--seed, --ticks, --replicates and --workers take whole numbers within the schema's bounds", async () => {
    const message = (f: () => unknown) => {
      try {
        f();
      } catch (err) {
        return (err as Error).message;
      }
      return "accepted";
    };
    const {seed, ticks} = scenarioSchema.shape;
    expect(message(() => schemaOption("--seed", "1e20", seed))).toBe('--seed: expected a whole number written in digits, got "1e20"');
    expect(message(() => schemaOption("--seed", "-1", seed))).toBe('--seed: expected a whole number written in digits, got "-1"');
    expect(message(() => schemaOption("--ticks", "10000001", ticks))).toBe("--ticks: must be at most 10000000 (got 10000001)");
    expect(message(() => schemaOption("--ticks", "0x10", ticks))).toBe('--ticks: expected a whole number written in digits, got "0x10"');
    expect(message(() => rangeOption("--replicates", "65536", 1, 65535, 1))).toBe('--replicates: expected a whole number from 1 to 65535, got "65536"');
    expect(schemaOption("--seed", "4294967295", seed)).toBe(4294967295);
    const out = join(tempDir(), "never");
    const r = await rcmp(["run", hegemon, "--seed", "4294967296", "--out", out]);
    expectRefused(r);
    expect(r.stderr).toContain("--seed: must be at most 4294967295 (got 4294967296)");
    const workers = await rcmp(["sweep", resolve("tests/sweep/fixtures/lhs.yaml"), "--workers", "1000", "--out", out]);
    expectRefused(workers);
    expect(workers.stderr).toMatch(/--workers: expected a whole number from 1 to \d+ \(4 per core of the \d+ here\), got "1000"/);
    expect(existsSync(out)).toBe(false);
  });
});

describe("sizes", () => {
  test("a run too big for memory, disk or time is refused before it starts, saying what to change", async () => {
    const started = Date.now();
    const ticks = await rcmp(["run", world, "--ticks", "10000000", "--out", join(tempDir(), "never")]);
    expectRefused(ticks);
    expect(ticks.stderr).toMatch(/world-2004\.yaml: refused: its timeseries\.csv would be about \d+ GB, more than the limit of 4\.3 GB: record less often \(--set metrics\.every=N\)/);
    const trust = await rcmp(["run", file(tiny("").replace(/states: .*\n/, "generate: {count: 100000}\n") + "dynamics: {trust: {initial: 0.5, gain: 0.1}}\n"), "--out", join(tempDir(), "never")]);
    expectRefused(trust);
    expect(trust.stderr).toMatch(/refused: it would need about 80 GB of memory/);
    const encounters = await rcmp(["run", file(tiny("dynamics: {dialogue: {mode: pairwise, encounters: 1e300}}\n")), "--out", join(tempDir(), "never")]);
    expectRefused(encounters);
    expect(encounters.stderr).toContain("dynamics.dialogue.encounters: must be at most 1000 (got 1e+300)");
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  test("world-2004 for 14,000 ticks is accepted, announced, and its timeseries.csv is written in pieces", () => {
    const scenario = builtin(world);
    const notes = checkSizes([{file: world, scenario}], 14_000, 1);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^estimate for scenarios\/world-2004\.yaml: 145 states × 14000 ticks, about \d+ MB on disk, \d+ MB of memory/);
    const run = simulate(scenario, {ticks: 40});
    const pieces = [...timeseriesLines(run.series)];
    expect(pieces.join("")).toBe(timeseriesCsv(run.series));
    expect(pieces).toHaveLength(run.series.ticks.length + 1);
  });

  test("a sweep of a billion runs is refused before it writes anything", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "huge.yaml"), `base: ${resolve("tests/sweep/fixtures/small.yaml")}\nreplicates: 1000000\nparameters:\n  dynamics.hegemonBias: {from: 0, to: 2, steps: 1000}\n`);
    const r = await rcmp(["sweep", join(dir, "huge.yaml"), "--out", join(dir, "out")]);
    expectRefused(r);
    expect(r.stderr).toContain("huge.yaml:2:13: replicates: 1000 design points × 1000000 replicates = 1000000000 runs, more than the limit of 10000000");
    expect(readdirSync(dir)).toEqual(["huge.yaml"]);
  });
});

describe("hostile files", () => {
  test("20,000 unknown keys: reported fast, a screenful of lines and a count of the rest", async () => {
    const keys = Array.from({length: 20_000}, (_, k) => `k${k}: 1`).join("\n");
    const started = Date.now();
    const r = await rcmp(["validate", file(tiny(`${keys}\n`))]);
    expectRefused(r);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(23);
    expect(lines).toContain("error: ... and 19980 more problems (fix the ones above first)");
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test("a device or a pipe given as a scenario is refused, not read for ever", async () => {
    const r = await rcmp(["run", "/dev/zero"]);
    expectRefused(r);
    expect(r.stderr).toContain("/dev/zero: cannot read: not a plain file");
  });

  test("a billion-laughs document is refused", async () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [k, c] of [..."bcdefghi"].entries()) laughs.push(`${c}: &${c} [${Array(9).fill(`*${"abcdefghi"[k]}`).join(",")}]`);
    const r = await rcmp(["run", file(`id: x\n${laughs.join("\n")}\n`)]);
    expectRefused(r);
    expect(r.stderr).toContain("refused: its aliases (*name) expand into too many copies");
  });

  test("messages echo a short excerpt of a value, and no raw control character", async () => {
    const long = "x".repeat(100_000);
    const r = await rcmp(["run", file(tiny(`title: 5\nhegemon: "${long}"\n`))]);
    expectRefused(r);
    expect(r.stderr.length).toBeLessThan(2_000);
    expect(r.stderr).toContain("(100000 characters)");
    const escape = await rcmp(["run", file(tiny('hegemon: "\\u001b[31mred\\u0007"\n'))]);
    expectRefused(escape);
    expect(escape.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(escape.stderr).toContain("\\u001b[31mred\\u0007");
    const set = await rcmp(["run", hegemon, "--set", `\u001b]0;title\u0007${"y".repeat(5000)}`]);
    expectRefused(set);
    expect(set.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(set.stderr.length).toBeLessThan(1_000);
  });

  test("a key given twice is found in linear time and reported with its line", async () => {
    const r = await rcmp(["validate", file(tiny("ticks: 7\n"))]);
    expectRefused(r);
    expect(r.stderr).toMatch(/s\.yaml:6:1: malformed YAML: map keys must be unique \("ticks" is given twice\)/);
  });
});
