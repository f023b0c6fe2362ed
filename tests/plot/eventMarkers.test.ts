import {describe, expect, it} from "vitest";
import {eventMarkers} from "../../src/plot/eventMarkers.js";
import {scenarioFromObject} from "../../src/scenario/load.js";

const scenario = (events: unknown[], processes: unknown[] = []) => scenarioFromObject({
  id: "t", ticks: 40, calendar: {start: 2000, perYear: 4},
  dimensions: [{id: "asylum"}, {id: "control"}],
  states: [{id: "A", ideal: [0.2, 0.3]}, {id: "B", ideal: [0.4, 0.5]}, {id: "C", ideal: [0.6, 0.7]}, {id: "D", ideal: [0.1, 0.1]}],
  processes: [{id: "p", members: ["*"]}, ...processes], events
});

describe("eventMarkers", () => {
  it("names what each event does, at its tick and year, in time order", () => {
    const m = eventMarkers(scenario([
      {at: 2005, process: {id: "p", end: true}},
      {at: 2001.75, shift: {states: "all", ideal: {control: 0.15}}},
      {at: 2002, shift: {states: ["A", "B", "C", "D"], ideal: {asylum: -0.1}}, label: "9/11"},
      {at: 2003, shift: {states: ["A", "B", "C", "D"], ideal: {asylum: -0.1, control: 0.2}}}
    ], [{id: "q", members: ["A"], founded: 2004}]));
    expect(m).toEqual([
      {tick: 7, year: 2001.75, label: "control +0.15"},
      {tick: 8, year: 2002, label: "9/11"},
      {tick: 12, year: 2003, label: "A, B, C and 1 more: asylum −0.1, control +0.2"},
      {tick: 16, year: 2004, label: "q begins"},
      {tick: 20, year: 2005, label: "p ends"}
    ]);
  });

  it("leaves out events after the last tick and processes there from the start", () => {
    expect(eventMarkers(scenario([{at: 2030, process: {id: "p", end: true}}]))).toEqual([]);
  });
});
