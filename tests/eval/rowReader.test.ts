import {describe, expect, it} from "vitest";
import {RowReader, type ReadRow} from "../../src/eval/rowReader.js";

/** Every row a reader makes of these lines. */
function readAll(lines: string[]): {reader: RowReader; rows: ReadRow[]} {
  const reader = new RowReader();
  const rows: ReadRow[] = [];
  for (const line of lines) {
    const row = reader.read(line);
    if (row !== undefined) rows.push(row);
  }
  return {reader, rows};
}

describe("RowReader", () => {
  it("reads CSV under a header of --set paths, with values as --set reads them", () => {
    const {reader, rows} = readAll(["dynamics.hegemonBias, processes.igc.ngo ,dynamics.dialogue.mode", "2,0.5,pairwise", "1e-1,,\"averaging\"", "true,null,\"[1,2]\""]);
    expect(reader.format).toBe("csv");
    expect(reader.columns).toEqual(["dynamics.hegemonBias", "processes.igc.ngo", "dynamics.dialogue.mode"]);
    expect(rows).toEqual([
      {ok: true, row: 0, line: 2, overrides: [{path: "dynamics.hegemonBias", value: 2}, {path: "processes.igc.ngo", value: 0.5}, {path: "dynamics.dialogue.mode", value: "pairwise"}]},
      // an empty cell leaves the scenario's value
      {ok: true, row: 1, line: 3, overrides: [{path: "dynamics.hegemonBias", value: 0.1}, {path: "dynamics.dialogue.mode", value: "averaging"}]},
      {ok: true, row: 2, line: 4, overrides: [{path: "dynamics.hegemonBias", value: true}, {path: "processes.igc.ngo", value: null}, {path: "dynamics.dialogue.mode", value: [1, 2]}]}
    ]);
  });

  it("takes seed and replicate columns as the run's, not as paths, and skips blank lines and CR", () => {
    const {rows} = readAll(["", "seed,ticks,replicate\r", "\r", "4294967295,10,3\r", "7,,"]);
    expect(rows).toEqual([
      {ok: true, row: 0, line: 4, overrides: [{path: "ticks", value: 10}], seed: 4294967295, replicate: 3},
      {ok: true, row: 1, line: 5, overrides: [], seed: 7}
    ]);
  });

  it("reads JSON lines when the first line is an object; null leaves the scenario's value", () => {
    const {reader, rows} = readAll([" {\"dynamics.hegemonBias\": 2, \"seed\": 7}", "{\"states.USA.power\": 150, \"processes.igc.ngo\": null, \"replicate\": 0}"]);
    expect(reader.format).toBe("json");
    expect(rows).toEqual([
      {ok: true, row: 0, line: 1, overrides: [{path: "dynamics.hegemonBias", value: 2}], seed: 7},
      {ok: true, row: 1, line: 2, overrides: [{path: "states.USA.power", value: 150}], replicate: 0}
    ]);
  });

  it("turns a bad row into a problem naming what is wrong, and goes on counting rows and lines", () => {
    const {rows} = readAll(["a,seed", "1", "1,2,3", "\"1,2", "1,-1", "1,1.5", "1,x", "2,3"]);
    const problems = rows.map((r) => (r.ok ? `ok ${r.row}@${r.line}` : `${r.row}@${r.line} ${r.message}`));
    expect(problems).toEqual([
      "0@2 expected 2 cells (a,seed), got 1",
      "1@3 expected 2 cells (a,seed), got 3",
      "2@4 damaged CSV record (unterminated quoted cell)",
      "3@5 seed: expected a whole number from 0 to 4294967295, got \"-1\"",
      "4@6 seed: expected a whole number from 0 to 4294967295, got \"1.5\"",
      "5@7 seed: expected a whole number from 0 to 4294967295, got \"x\"",
      "ok 6@8"
    ]);
    const json = readAll(["{\"a\": 1}", "{\"a\": ", "[1]", "{\"replicate\": 1000000}", "{\"seed\": \"12\"}"]).rows;
    expect(json.map((r) => (r.ok ? "ok" : r.message))).toEqual([
      "ok",
      expect.stringMatching(/^not valid JSON/),
      "expected a JSON object of path: value pairs",
      "replicate: expected a whole number from 0 to 999999, got 1000000",
      "ok"
    ]);
  });

  it("refuses a CSV header with an empty or repeated column", () => {
    expect(() => readAll(["a,,b"])).toThrow(/<stdin>:1:1: the CSV header has an empty column name \(column 2\)/);
    expect(() => readAll(["", "a,b,a"])).toThrow(/<stdin>:2:1: the CSV header names column "a" twice/);
  });
});
