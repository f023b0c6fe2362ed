import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvLine} from "../../src/results/csv.js";
import {csvRecords} from "../../src/sweep/csvFile.js";
import {AppendLog, sortLog} from "../../src/sweep/resultFiles.js";

const temp = (name: string) => join(mkdtempSync(join(tmpdir(), "rcmp-csv-")), name);

describe("csv records of a file", () => {
  it("finds the same records whatever the chunk size, quoted line breaks included", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom("a\nb", '"', "é,ü"));
    fc.assert(fc.property(fc.array(fc.array(cell, {minLength: 1, maxLength: 3}), {maxLength: 8}), fc.integer({min: 1, max: 16}), (rows, chunk) => {
      const path = temp("x.csv");
      const text = rows.map((r) => csvLine(r)).join("");
      writeFileSync(path, text);
      const records = [...csvRecords(path, chunk)];
      expect(records.length).toBe(rows.length);
      const bytes = Buffer.from(text);
      for (const r of records) expect(bytes.subarray(r.offset, r.offset + r.bytes).toString()).toBe(`${r.text}\n`);
    }));
  });

  it("leaves out a last line without its line break", () => {
    const path = temp("x.csv");
    writeFileSync(path, "a,b\n1,2\n3,");
    expect([...csvRecords(path)].map((r) => r.text)).toEqual(["a,b", "1,2"]);
  });
});

describe("append log", () => {
  it("cuts a torn last line before appending and sorts by run, the last record of a run winning", () => {
    const path = temp("runs.csv");
    writeFileSync(path, "run,x\n2,a\n0,b\n2,c\n1,d,extra\n3,");
    const log = new AppendLog(path, ["run", "x"]);
    log.append([[1, "e"]]);
    log.close();
    expect(readFileSync(path, "utf8")).toBe("run,x\n2,a\n0,b\n2,c\n1,d,extra\n1,e\n");
    expect(sortLog(path, ["run", "x"], 4)).toBe(3);
    expect(readFileSync(path, "utf8")).toBe("run,x\n0,b\n1,e\n2,c\n");
    sortLog(path, ["run", "x"], 4, (id) => id !== 1);
    expect(readFileSync(path, "utf8")).toBe("run,x\n0,b\n2,c\n");
  });

  it("writes the header of a new log", () => {
    const path = temp("failures.csv");
    new AppendLog(path, ["run", "error"]).close();
    expect(readFileSync(path, "utf8")).toBe("run,error\n");
  });
});
