import {describe, expect, it} from "vitest";
import fc from "fast-check";
import {csvLine, parseCsvRecord, splitCsvRecords} from "../../src/results/csv.js";

describe("csv", () => {
  it("quotes only what needs quoting and writes numbers with String", () => {
    expect(csvLine(["a", 1.5, null, 'say "hi"', "x,y", 0.1 + 0.2])).toBe('a,1.5,,"say ""hi""","x,y",0.30000000000000004\n');
  });

  it("refuses NaN and infinities", () => {
    expect(() => csvLine([NaN])).toThrow(/non-finite/);
    expect(() => csvLine([Infinity])).toThrow(/non-finite/);
  });

  it("reads back what it writes", () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom(",", '"', "\n", "a\r\nb"));
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
});
