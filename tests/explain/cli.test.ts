/**
 * `rcmp explain` as a user runs it (the built CLI): prints the description with the file's
 * sha256, writes it with --out, follows --set, and rejects bad input with exit code 2.
 */
import {describe, expect, test} from "vitest";
import {createHash} from "node:crypto";
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {rcmp, tempDir} from "../helpers/cli.js";

const IGC = "scenarios/igc-1985.yaml";
const sha = createHash("sha256").update(readFileSync(IGC)).digest("hex");

describe("rcmp explain", async () => {
  const printed = await rcmp(["explain", IGC]);

  test("prints the ODD+D description with the file's sha256", () => {
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toMatch(/^# .*model description \(ODD\+D\)/);
    expect(printed.stdout).toContain("### I.iii Process overview and scheduling");
    expect(printed.stdout).toContain(`\`${sha}\``);
    expect(printed.stdout).toContain("`igc`");
  });

  test("--out writes the same Markdown to a file and prints nothing", async () => {
    const out = join(tempDir(), "igc.md");
    const r = await rcmp(["explain", IGC, "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(printed.stdout);
  });

  test("--set values show up and are named", async () => {
    const r = await rcmp(["explain", IGC, "--set", "dynamics.hegemonBias=2.5", "--set", "facilitators.UNHCR.capacityRate=0"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("| `hegemonBias` | h | 2.5 |");
    expect(r.stdout).toContain("`--set dynamics.hegemonBias=2.5`");
    expect(r.stdout.split("\n").find((l) => l.includes("(`capacityBuilding`)"))).toContain("off (rate 0)");
  });

  test("bad input exits with code 2 and no stack trace", async () => {
    const missing = await rcmp(["explain", "no/such/file.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no/such/file.yaml");
    const badPath = await rcmp(["explain", IGC, "--set", "dynamics.hegemonBais=2"]);
    expect(badPath.code).toBe(2);
    expect(badPath.stderr).toContain("hegemonBias");
    const badValue = await rcmp(["explain", IGC, "--set", "dynamics.hegemonBias=-1"]);
    expect(badValue.code).toBe(2);
    for (const r of [missing, badPath, badValue]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test("an --out folder that does not exist is an error naming it", async () => {
    const out = join(tempDir(), "missing", "igc.md");
    const r = await rcmp(["explain", IGC, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(out);
    expect(existsSync(out)).toBe(false);
  });
});
