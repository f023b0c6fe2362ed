/**
 * The comparison a calibration makes: which targets it keeps (and the notes on the others), and
 * the distance, computed here by hand for a small case.
 */
import {describe, expect, test} from "vitest";
import {fitDistance, fitPlan, summaryMembers} from "../../src/analysis/fitPlan.js";
import type {Target} from "../../src/results/targetsCsv.js";

const t = (state: string, year: number, dimension: string, value: number, sd?: number): Target => ({state, year, dimension, value, ...(sd ? {sd} : {})});

describe("fitPlan", () => {
  const targets = [
    t("A", 2000, "x", 0.2), t("B", 2000, "x", 0.6, 0.5), t("A", 2001, "x", 0.4), t("B", 2001, "y", 0.9),
    t("Z", 2000, "x", 0.5), t("A", 2000, "w", 0.5), t("A", 1999, "x", 0.5), t("A", 2010, "x", 0.5), t("B", 2003, "x", 0.5)
  ];
  // states A, B; dims x, y; yearly ticks from 2000, 4 ticks; B 2003 falls outside the years fitted
  const plan = fitPlan({states: ["A", "B"], dims: ["x", "y"], calendar: {start: 2000, perYear: 1}, ticks: 4, targets, years: {to: 2002}, weights: {positions: 1, mean: 2, spread: 1}});

  test("keeps the targets on the scenario's states, dimensions and fitted years; says what it left out", () => {
    expect(plan.used).toEqual(targets.slice(0, 4));
    expect(plan.ticks).toEqual([0, 1]);
    expect(plan.notes).toEqual([
      "targets of states not in the scenario left out: Z", "targets of dimensions not in the scenario left out: w",
      "2 targets outside the years to fit left out", "1 targets outside the run's years left out"
    ]);
  });

  test("the distance is the weighted RMS of position, mean and spread errors", () => {
    // positions at tick 0: A(x 0.3, y 0.1), B(x 0.5, y 0); tick 1: A(x 0.4, y 0), B(x 0, y 0.7)
    const x = Float64Array.of(0.3, 0.1, 0.5, 0, 0.4, 0, 0, 0.7);
    const positions = ((0.3 - 0.2) ** 2 + ((0.5 - 0.6) / 0.5) ** 2 + 0 + (0.7 - 0.9) ** 2) / 4;
    // summaries: 2000 x over A, B (mean 0.4 vs 0.4, sd 0.1 vs 0.2); 2001 x over A (0.4 vs 0.4); 2001 y over B (0.7 vs 0.9)
    const mean = (0 + 0 + 0.2 ** 2) / 3;
    const spread = (0.1 - 0.2) ** 2 / 1;
    expect(fitDistance(plan, x)).toBeCloseTo(Math.sqrt((positions + 2 * mean + spread) / 4), 12);
  });

  test("summaries of a year without targets are over the states of the nearest year before", () => {
    const members = summaryMembers(plan, ["x", "y"], [0, 1]);
    expect(members(2000, "x")).toEqual([0, 1]);
    expect(members(2001, "x")).toEqual([0]);
    expect(members(2005, "x")).toEqual([0]);
    expect(members(1999, "y")).toEqual([1]);
  });
});
