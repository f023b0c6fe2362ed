/**
 * `rcmp validate` reports the schema's problems and the reference problems (unknown ids) of a
 * file at once, each located, instead of the second kind only once the first is fixed; and a
 * value the schema refuses raises no false reference problem of its own.
 */
import {describe, expect, test} from "vitest";
import {writeFileSync} from "node:fs";
import {join} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";
import {parseScenario} from "../../src/scenario/load.js";
import {InputError} from "../../src/scenario/problems.js";

const good = `id: tiny
ticks: 5
dimensions:
  - {id: asylum, standard: 0.8}
  - {id: control}
states:
  - {id: USA, power: 10, ideal: {asylum: 0.4, control: 0.9}}
  - {id: CAN, power: 2, ideal: {asylum: 0.7, control: 0.5}}
processes:
  - id: rcm
    members: [USA, CAN]
    funders: [USA]
`;

function problems(text: string): string[] {
  try {
    parseScenario(text, "s.yaml");
  } catch (err) {
    if (err instanceof InputError) return err.message.split("\n");
    throw err;
  }
  return [];
}

describe("every problem at once", () => {
  test("the good file has none (so the cases below fail for their own reasons)", () => {
    expect(problems(good)).toEqual([]);
  });

  test("rcmp validate: one schema problem and one unknown id, both located", () => {
    const dir = tempDir();
    const file = join(dir, "two.yaml");
    writeFileSync(file, good.replace("ticks: 5", "ticks: -5").replace("members: [USA, CAN]", "members: [USA, CAM]"));
    const r = rcmp(["validate", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`error: ${file}:2:8: ticks: must be at least 0 (got -5)\n`);
    expect(r.stderr).toContain(`error: ${file}:11:20: processes[0].members[1]: no state has id "CAM" (did you mean "CAN"?)\n`);
  });

  test("a state refused by the schema still lends its id to the references", () => {
    expect(problems(good.replace("power: 2,", "power: -2,"))).toEqual(["s.yaml:8:22: states[1].power: must be greater than 0 (got -2)"]);
  });

  test("a list whose ids cannot all be read is not checked against", () => {
    const lines = problems(good.replace("{id: CAN,", "{id: 7,"));
    expect(lines).toEqual(["s.yaml:8:10: states[1].id: expected string (got 7)"]);
  });

  test("a wrong element keeps the others' places", () => {
    const lines = problems(good.replace("members: [USA, CAN]", "members: [3, CAM]"));
    expect(lines).toContain('s.yaml:11:18: processes[0].members[1]: no state has id "CAM" (did you mean "CAN"?)');
    expect(lines.some((l) => l.includes("members[0]"))).toBe(true);
  });

  test("unknown dimension keys beside a schema problem elsewhere", () => {
    const lines = problems(good.replace("ticks: 5", "ticks: 1.5").replace("{asylum: 0.4, control: 0.9}", "{asylum: 0.4, contrl: 0.9}"));
    expect(lines.some((l) => l.startsWith("s.yaml:2:") && l.includes("ticks"))).toBe(true);
    expect(lines).toContain('s.yaml:7:55: states[0].ideal.contrl: no dimension has id "contrl" (did you mean "control"?)');
  });
});
