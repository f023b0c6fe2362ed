import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {csvLine, parseCsvRecord, splitCsvRecords} from "../../src/results/csv.js";
import {csvTable} from "../../src/results/csvTable.js";
import {rcmp, tempDir} from "../helpers/cli.js";

describe("csv", () => {
  it("quotes only what needs quoting and writes numbers with String", () => {
    expect(csvLine(["a", 1.5, null, 'say "hi"', "x,y", 0.1 + 0.2])).toBe('a,1.5,,"say ""hi""","x,y",0.30000000000000004\n');
  });

  it("refuses NaN and infinities", () => {
    expect(() => csvLine([NaN])).toThrow(/non-finite/);
    expect(() => csvLine([Infinity])).toThrow(/non-finite/);
  });

  it("reads back what it writes", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom(",", '"', "\n", "a\r\nb", "=1+2", "+x", "-y", "@z", "\tq", "\rr", "'", "''=a"));
    fc.assert(fc.property(fc.array(fc.array(cell, {minLength: 1, maxLength: 5}), {maxLength: 5}), (rows) => {
      const text = rows.map((r) => csvLine(r)).join("");
      const {records, rest} = splitCsvRecords(text);
      expect(rest).toBe("");
      expect(records.map(parseCsvRecord)).toEqual(rows);
    }));
  });

  it("sets aside a last record cut short", () => {
    const {records, rest} = splitCsvRecords('a,b\n1,"x\ny"\n2,3');
    expect(records).toEqual(["a,b", '1,"x\ny"']);
    expect(rest).toBe("2,3");
  });

  it("marks string cells a spreadsheet would run as formulas, and never numbers", () => {
    expect(csvLine(["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tx", "'quoted", "ok", -0.5, 3])).toBe(
      '"\'=HYPERLINK(""http://x"")",\'+1,\'-2,\'@SUM(A1),\'\tx,\'\'quoted,ok,-0.5,3\n');
    fc.assert(fc.property(fc.string(), (text) => {
      const cell = csvLine([text]).replace(/^"/, "");
      expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
    }));
    expect(parseCsvRecord("-0.5,'-0.5,''x")).toEqual(["-0.5", "-0.5", "'x"]);
  });

  it("a run's states.csv and a comparison's compare.csv carry formula-like names safely, read back unchanged", async () => {
    const dir = tempDir();
    const scenario = join(dir, "s.yaml");
    const names = ["=cmd|' /C calc'!A0", "+SUM(1)", "-2+3", "@home"];
    writeFileSync(scenario, `id: formulas\ntitle: "=HYPERLINK(\\"http://example.org\\")"\nticks: 3\ndimensions: [{id: a}]\nstates:\n${names.map((n, k) => `  - {id: S${k}, name: ${JSON.stringify(n)}, region: ${JSON.stringify(k % 2 ? "-south" : "=north")}, ideal: [0.${k + 1}]}`).join("\n")}\nprocesses: [{id: p, members: ["*"]}]\n`);
    const out = join(dir, "run");
    expect((await rcmp(["run", scenario, "--out", out, "--quiet", "--no-plots"])).code).toBe(0);
    const text = readFileSync(join(out, "states.csv"), "utf8");
    for (const line of text.split("\n")) for (const cell of line.split(",")) expect(cell, line).not.toMatch(/^"?[=+@]/);
    const rows: string[][] = [];
    csvTable(text, "states.csv").forEach((cell) => rows.push([cell("name"), cell("region")]));
    expect(rows).toEqual(names.map((n, k) => [n, k % 2 ? "-south" : "=north"]));
    expect((await rcmp(["compare", out, "--out", join(dir, "cmp"), "--quiet"])).code).toBe(0);
    const labels = new Set<string>();
    csvTable(readFileSync(join(dir, "cmp", "compare.csv"), "utf8"), "compare.csv").forEach((cell) => labels.add(cell("label")));
    expect([...labels]).toEqual(['=HYPERLINK("http://example.org")']);
  });
});
