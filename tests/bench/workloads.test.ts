/**
 * The bench's workload scenarios are the anchors' workloads (the definitions published in the
 * anchors' README and workloads.json, copied here so the test runs without them), and the check
 * that says so fails when a number differs.
 */
import {describe, expect, test} from "vitest";
import {scenarioMatches} from "../../src/bench/workloadCheck.js";
import {workloadCases} from "../../src/bench/workloads.js";
import type {Workload} from "../../src/bench/anchors.js";
import {builtin} from "../helpers/scenarios.js";

const published: Record<string, Workload> = {
  W1: {label: "W1 Deffuant-Weisbuch 1-D, eps=0.2", model: "dw", N: 1000, D: 1, eps: 0.2, mu: 0.5, encounters: 1000000},
  W2: {label: "W2 HK 1-D, eps=0.2", model: "hk", N: 1000, D: 1, eps: 0.2, tol: 1e-9, maxSteps: 200},
  W2b: {label: "W2 HK 1-D, eps=0.1", model: "hk", N: 1000, D: 1, eps: 0.1, tol: 1e-9, maxSteps: 200},
  W2d: {label: "W2d HK D=8, eps=0.25", model: "hk", N: 1000, D: 8, eps: 0.25, tol: 1e-9, maxSteps: 200}
};

describe("bench workloads", () => {
  test.each(workloadCases.map((c) => [c.key, c.file]))("%s: %s has the workload's numbers and nothing else on", (key, file) => {
    const check = scenarioMatches(builtin(file), published[key]);
    expect(check.text).toMatch(/^scenario = workloads.json/);
    expect(check.ok).toBe(true);
  });

  test("a scenario that differs is named with what differs", () => {
    const s = builtin("bench/scenarios/w2-hegselmann-krause.yaml", {"dynamics.dialogue.confidence": 0.15, "metrics.stopWhenStable": 1e-12});
    const check = scenarioMatches(s, published.W2);
    expect(check.ok).toBe(false);
    expect(check.text).toContain("ε 0.15 ≠ 0.2");
    expect(check.text).toContain("tolerance 1e-12 ≠ 1e-9");
  });
});
