/**
 * `rcmp compare` prints each curve's value at the end (a count's total over the run), the
 * numbers the figure's right edge shows, read back here from the compare.csv it wrote.
 */
import {expect, test} from "vitest";
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";

test("the final values printed are compare.csv's last rows, and a count's total", async () => {
  const dir = tempDir();
  const runs: string[] = [];
  for (const name of ["equal-voice", "hegemon"]) {
    const out = join(dir, name);
    expect((await rcmp(["run", `scenarios/teaching/${name}.yaml`, "--ticks", "12", "--out", out, "--no-plots"])).code).toBe(0);
    runs.push(out);
  }
  const out = join(dir, "compare");
  const r = await rcmp(["compare", ...runs, "--metric", "toHegemon", "--metric", "withheld", "--label", `ev=${runs[0]}`, "--label", `heg=${runs[1]}`, "--out", out]);
  expect(r.code, r.stderr).toBe(0);
  const [header, ...lines] = readFileSync(join(out, "compare.csv"), "utf8").trimEnd().split("\n");
  const cols = header.split(",");
  const rows = lines.map((l) => Object.fromEntries(l.split(",").map((v, k) => [cols[k], v])));
  for (const label of ["ev", "heg"]) {
    const mine = rows.filter((x) => x.label === label);
    const last = mine.filter((x) => x.metric === "toHegemon").at(-1)!;
    const total = mine.filter((x) => x.metric === "withheld").reduce((s, x) => s + Number(x.mean), 0);
    expect(r.stdout).toContain(`    ${label}: toHegemon ${Number(last.mean).toFixed(3)}, withheld ${Number(total.toFixed(1))} in all`);
  }
  expect(r.stdout).toContain("  at the end (1993):");
});
