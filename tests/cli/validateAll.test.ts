/**
 * `rcmp validate` reports the schema's problems and the reference problems (unknown ids) of a
 * file at once, each located, instead of the second kind only once the first is fixed; and a
 * value the schema refuses raises no false reference problem of its own.
 */
import {describe, expect, test} from "vitest";
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";
import {problemLines, tinyScenario} from "../helpers/tinyScenario.js";

const good = tinyScenario.replace("    members: [USA, CAN]\n", "    members: [USA, CAN]\n    funders: [USA]\n");
const problems = (text: string) => problemLines(text, "s.yaml");

describe("every problem at once", () => {
  test("the good file has none (so the cases below fail for their own reasons)", () => {
    expect(problems(good)).toEqual([]);
  });

  test("rcmp validate: one schema problem and one unknown id, both located", async () => {
    const dir = tempDir();
    const file = join(dir, "two.yaml");
    writeFileSync(file, good.replace("ticks: 5", "ticks: -5").replace("members: [USA, CAN]", "members: [USA, CAM]"));
    const r = await rcmp(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: ${file}:3:8: ticks: must be at least 0 (got -5)\n`);
    expect(r.stderr).toContain(`error: ${file}:12:20: processes[0].members[1]: no state has id "CAM" (did you mean "CAN"?)\n`);
  });

  test("a state refused by the schema still lends its id to the references", () => {
    expect(problems(good.replace("power: 2,", "power: -2,"))).toEqual(["s.yaml:9:22: states[1].power: must be greater than 0 (got -2)"]);
  });

  test("a list whose ids cannot all be read is not checked against", () => {
    const lines = problems(good.replace("{id: CAN,", "{id: 7,"));
    expect(lines).toEqual(["s.yaml:9:10: states[1].id: expected string (got 7)"]);
  });

  test("a wrong element keeps the others' places", () => {
    const lines = problems(good.replace("members: [USA, CAN]", "members: [3, CAM]"));
    expect(lines).toContain('s.yaml:12:18: processes[0].members[1]: no state has id "CAM" (did you mean "CAN"?)');
    expect(lines.some((l) => l.includes("members[0]"))).toBe(true);
  });

  test("unknown dimension keys beside a schema problem elsewhere", () => {
    const lines = problems(good.replace("ticks: 5", "ticks: 1.5").replace("{asylum: 0.4, control: 0.9}", "{asylum: 0.4, contrl: 0.9}"));
    expect(lines.some((l) => l.startsWith("s.yaml:3:") && l.includes("ticks"))).toBe(true);
    expect(lines).toContain('s.yaml:8:55: states[0].ideal.contrl: no dimension has id "contrl" (did you mean "control"?)');
  });
});
