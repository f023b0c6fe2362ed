/**
 * `rcmp ask` and `rcmp attribute` as a user runs them: a good question writes its report, table
 * and figure; bad question files get exit code 2 and one located message per problem (file, line,
 * column, path in the question); an unknown player or metric for attribute is bad input too.
 */
import {describe, expect, test} from "vitest";
import {existsSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";

const scenario = `id: tiny
ticks: 20
dimensions:
  - {id: asylum, standard: 0.8}
  - {id: control}
states:
  - {id: USA, power: 10, ideal: {asylum: 0.4, control: 0.9}, stubbornness: 0.05}
  - {id: CAN, power: 2, ideal: {asylum: 0.7, control: 0.5}, stubbornness: 0.05}
  - {id: MEX, power: 1, ideal: {asylum: 0.5, control: 0.3}, stubbornness: 0.05}
facilitators:
  - {id: IOM, bestPractice: standard, capacityRate: 0.1}
processes:
  - {id: rcm, members: [USA, CAN, MEX], facilitator: IOM, meetEvery: 2, attendance: 0.9}
dynamics:
  dialogue: {rate: 0.3, confidence: 0.5}
  hegemonBias: 1
`;

const question = `question:
  claim: Training brings the states closer to the standard
  variants:
    trained: {}
    untrained: {facilitators.IOM.capacityRate: 0}
  metric: toStandard
  expect: less
  assumptions:
    dynamics.dialogue.confidence: {uniform: [0.1, 1]}
    processes.rcm.meetEvery: {integer: [1, 4]}
  draws: 4
  replicates: 2
`;

function write(text: string): {file: string; dir: string} {
  const dir = tempDir("rcmp-ask-");
  const file = join(dir, "q.yaml");
  writeFileSync(file, text);
  return {file, dir};
}

describe("rcmp ask", () => {
  test("answers a question: report, ask.csv, the figure and the manifest", async () => {
    const {file, dir} = write(scenario + question);
    const r = await rcmp(["ask", file, "--out", join(dir, "out")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Claim: Training brings the states closer to the standard/);
    expect(r.stdout).toMatch(/4 draws of 2 assumptions \(Sobol' points\), 2 replicates each/);
    expect(r.stdout).toMatch(/The claim holds in 100% of draws/);
    expect(r.stdout).toMatch(/Verdict: the claim holds in every draw/);
    for (const f of ["ask.txt", "ask.csv", "ask-effect.png", "ask-effect.svg", "manifest.json"]) expect(existsSync(join(dir, "out", f)), f).toBe(true);
    const csv = readFileSync(join(dir, "out", "ask.csv"), "utf8").split("\n");
    expect(csv[0]).toBe("draw,dynamics.dialogue.confidence,processes.rcm.meetEvery,toStandard.trained,toStandard.untrained,effect,se,holds,verdict");
    expect(csv).toHaveLength(6);
  });

  const bad: [string, string, RegExp][] = [
    ["a variant not among the variants", question.replace("  metric:", "  compare: [trained, untrianed]\n  metric:"),
      /q\.yaml:\d+:\d+: question\.compare\[1\]: no variant is named "untrianed" \(did you mean "untrained"\?\)/],
    ["a variant's path", question.replace("facilitators.IOM.capacityRate: 0", "facilitators.IOM.capacityRat: 0"),
      /q\.yaml:\d+:\d+: question\.variants\.untrained: facilitators\.IOM\.capacityRat: no such field "capacityRat" \(did you mean "capacityRate"\?\)/],
    ["a variant's value", question.replace("facilitators.IOM.capacityRate: 0", "facilitators.IOM.capacityRate: 2"),
      /q\.yaml:\d+:\d+: question\.variants\.untrained: facilitators\[0\]\.capacityRate: must be at most 1 \(got 2\)/],
    ["an assumption's range", question.replace("{uniform: [0.1, 1]}", "{uniform: [1, 0.1]}"),
      /q\.yaml:\d+:\d+: question\.assumptions\.dynamics\.dialogue\.confidence\.uniform: expected the lower bound below the upper one/],
    ["an assumption that a whole-number field refuses", question.replace("{integer: [1, 4]}", "{uniform: [1, 4]}"),
      /q\.yaml:\d+:\d+: question\.assumptions\.processes\.rcm\.meetEvery: value 2\.11: processes\[0\]\.meetEvery: expected int/],
    ["two kinds of prior", question.replace("{integer: [1, 4]}", "{integer: [1, 4], uniform: [1, 4]}"),
      /q\.yaml:\d+:\d+: question\.assumptions\.processes\.rcm\.meetEvery: expected exactly one of uniform, loguniform, normal, triangular, integer, choice \(got uniform and integer\)/],
    ["the metric", question.replace("metric: toStandard", "metric: toStandrd"),
      /q\.yaml:\d+:\d+: question\.metric: no metric "toStandrd" for group all \(did you mean "toStandard"\?\)/],
    ["the group", question.replace("  metric:", "  group: region:nowhere\n  metric:"),
      /q\.yaml:\d+:\d+: question\.group: no group "region:nowhere"/],
    ["the direction", question.replace("expect: less", "expect: smaller"),
      /q\.yaml:\d+:\d+: question\.expect: expected one of: "greater", "less" \(got "smaller"\)/],
    ["a time after the run", question.replace("  metric:", "  at: {tick: 99}\n  metric:"),
      /q\.yaml:\d+:\d+: question\.at: expected a time within the run \(ticks 0 to 20\)/]
  ];
  test.each(bad)("a bad question file (%s) exits 2 with a located message", async (_what, q, message) => {
    const {file, dir} = write(scenario + q);
    const r = await rcmp(["ask", file, "--out", join(dir, "out")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  test("rcmp schema documents the question block, each field with its description", async () => {
    const schema = JSON.parse((await rcmp(["schema"])).stdout);
    const q = schema.properties.question;
    expect(Object.keys(q.properties)).toEqual(["claim", "variants", "compare", "metric", "group", "at", "expect", "margin", "assumptions", "draws", "replicates"]);
    for (const [name, field] of Object.entries(q.properties as Record<string, {description?: string}>)) expect(field.description, name).toMatch(/\w{4}/);
    expect(Object.keys(q.properties.assumptions.additionalProperties.properties)).toEqual(["uniform", "loguniform", "normal", "triangular", "integer", "choice", "min", "max"]);
  });

  test("a scenario without a question block exits 2", async () => {
    const {file} = write(scenario);
    const r = await rcmp(["ask", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/q\.yaml: no question block/);
  });

  test("rcmp validate reports a bad question block too", async () => {
    const {file} = write(scenario + question.replace("facilitators.IOM.capacityRate: 0", "facilitators.IOM.capacityRat: 0"));
    const r = await rcmp(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/question\.variants\.untrained: facilitators\.IOM\.capacityRat: no such field/);
  });
});

describe("rcmp attribute", () => {
  test("prints the table and writes attribution.csv, a chart per metric and the manifest", async () => {
    const {file, dir} = write(scenario);
    const r = await rcmp(["attribute", file, "--metric", "toStandard", "--replicates", "3", "--out", join(dir, "out")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/players, exact over all \d+ coalitions, × 3 replicates/);
    expect(r.stdout).toMatch(/toStandard: [\d.]+ at tick 0, change -[\d.]+/);
    expect(r.stdout).toMatch(/capacityBuilding +mechanism +-[\d.]+/);
    expect(r.stdout).toMatch(/hegemonBias +channel/);
    expect(r.stdout).toMatch(/Efficiency: Σφ equals v\(all\) − v\(none\) in every replicate and metric to within/);
    for (const f of ["attribution.csv", "attribution.txt", "attribution-toStandard.png", "manifest.json"]) expect(existsSync(join(dir, "out", f)), f).toBe(true);
  });

  test("an unknown player or metric is bad input", async () => {
    const {file, dir} = write(scenario);
    const players = await rcmp(["attribute", file, "--players", "dialogue,capacityBuildng", "--out", join(dir, "a")]);
    expect(players.code).toBe(2);
    expect(players.stderr).toMatch(/--players: unknown player: capacityBuildng \(expected one of events, meetings, .*hegemonBias/);
    const metric = await rcmp(["attribute", file, "--metric", "dispersal", "--out", join(dir, "b")]);
    expect(metric.code).toBe(2);
    expect(metric.stderr).toMatch(/--metric dispersal: unknown metric/);
  });
});
