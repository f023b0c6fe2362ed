/**
 * Per-state trajectories: what simulate records with `positions` is the world's own state at
 * those ticks (read independently through onTick), recording them changes nothing else, and
 * positions.csv lists every (tick, state, dimension) once.
 */
import {describe, expect, test} from "vitest";
import {simulate} from "../../src/run/simulate.js";
import {positionsCsv} from "../../src/results/positionsCsv.js";
import {timeseriesCsv} from "../../src/results/runFiles.js";
import {builtin} from "../helpers/scenarios.js";

const igc = builtin("scenarios/igc-1985.yaml");

/** Positions at every tick, copied through the onTick hook (tick 0 from the compiled start). */
function everyTick(seed: number): Map<number, Float64Array> {
  const seen = new Map<number, Float64Array>();
  const r = simulate(igc, {seed, onTick: (w) => seen.set(w.tick, w.x.slice())});
  seen.set(0, r.world.x0.slice());
  return seen;
}

describe("simulate with positions", () => {
  test("at named years: the world's positions at exactly those ticks", () => {
    const truth = everyTick(3);
    const r = simulate(igc, {seed: 3, positions: {years: [1985, 1990, 1996.5], ticks: [79]}});
    const p = r.positions!;
    expect(p.ticks).toEqual([0, 20, 46, 79]);
    expect(p.years).toEqual([1985, 1990, 1996.5, 2004.75]);
    p.ticks.forEach((t, k) => expect(Array.from(p.values[k])).toEqual(Array.from(truth.get(t)!)));
    expect(p.states).toEqual(r.world.stateIds);
    expect(p.dims).toEqual(igc.dimensions.map((d) => d.id));
  });

  test("true: at every recorded tick, the same ticks as the metrics", () => {
    const s = {...igc, metrics: {...igc.metrics, every: 7}};
    const r = simulate(s, {seed: 2, positions: true});
    expect(r.positions!.ticks).toEqual(r.series.ticks);
    expect(Array.from(r.positions!.values.at(-1)!)).toEqual(Array.from(r.world.x));
  });

  test("recording positions leaves the run's series and summary unchanged", () => {
    const a = simulate(igc, {seed: 5});
    const b = simulate(igc, {seed: 5, positions: true});
    expect(timeseriesCsv(b.series)).toBe(timeseriesCsv(a.series));
    expect(b.summary).toEqual(a.summary);
    expect(a.positions).toBeUndefined();
  });
});

describe("positions.csv", () => {
  test("one row per tick, state and dimension, states in the file's order, values as recorded", () => {
    const r = simulate(igc, {seed: 1, positions: {years: [1985, 2000]}});
    const lines = positionsCsv(r.positions!).trimEnd().split("\n");
    expect(lines[0]).toBe("tick,year,state,dimension,value");
    expect(lines.length - 1).toBe(2 * 16 * 7);
    expect(lines[1].split(",").slice(0, 4)).toEqual(["0", "1985", "BEL", "asylum"]);
    const i = r.world.stateIds.indexOf("USA");
    const j = igc.dimensions.findIndex((d) => d.id === "control");
    const row = lines.find((l) => l.startsWith("60,2000,USA,control,"))!;
    expect(Number(row.split(",")[4])).toBe(r.positions!.values[1][i * 7 + j]);
  });
});
