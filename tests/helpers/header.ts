/**
 * Reading a scenario's header (its leading comment lines) as one line of text, and checking the
 * numbers it quotes against numbers computed by the engine.
 */
import {readFileSync} from "node:fs";
import {expect} from "vitest";

/** The header's comment lines without `#`, joined by spaces, runs of spaces collapsed. */
export function headerText(file: string): string {
  const lines: string[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.startsWith("#")) break;
    lines.push(line.replace(/^#\s?/, ""));
  }
  return lines.join(" ").replace(/\s+/g, " ");
}

/**
 * Expects the header to match `pattern` and each number it captures to equal the computed value
 * rounded as the header writes it (as many decimals), within `slack` units of the last decimal.
 */
export function expectQuoted(file: string, pattern: RegExp, computed: readonly number[], slack = 0.5): void {
  const match = headerText(file).match(pattern);
  expect(match, `${file}: its header quotes ${pattern}`).not.toBeNull();
  const quoted = match!.slice(1);
  expect(quoted.length).toBe(computed.length);
  quoted.forEach((text, k) => {
    const decimals = text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
    const unit = 10 ** -decimals;
    expect(Math.abs(Number(text) - computed[k]), `${file}: quoted ${text} against ${computed[k]} (${pattern})`).toBeLessThanOrEqual(slack * unit + 1e-12);
  });
}
