import {describe, expect, it} from "vitest";
import {groupLabel, metricLabel} from "../../src/plot/metricLabel.js";

describe("metricLabel and groupLabel", () => {
  it("name metrics readably and strip group prefixes", () => {
    expect(metricLabel("dispersion")).toBe("dispersion (mean SD across dimensions)");
    expect(metricLabel("toStandard")).toBe("distance to standard");
    expect(metricLabel("mean.control")).toBe("mean position on control");
    expect(metricLabel("sd.control")).toBe("SD of positions on control");
    expect(metricLabel("somethingNew")).toBe("somethingNew");
    expect(groupLabel("region:north-america")).toBe("north-america");
    expect(groupLabel("process:rcm")).toBe("rcm");
    expect(groupLabel("all")).toBe("all");
  });
});
